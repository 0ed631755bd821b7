import { z } from 'zod';
import { ZInitiativeForm } from '@domain/decisions.contracts';
import { ZNeedStatus } from '@domain/needs.contracts';
import { ZIsoDate } from '@domain/iso-date';
import { ZPlanSummary } from '@domain/plans.contracts';

/**
 * The start page (GET /home): what waits for the caller, by role. A section is `null` when none of
 * the caller's roles gets it: staff see their needs, raters the needs waiting for their scores,
 * owners their initiatives and due measurements, the coordinator, OLG, förvaltningschef and viewers
 * the portfolio in figures and the plan's state. Money is in öre as decimal strings.
 */
const ZCount = <T extends z.ZodType>(key: T) => z.object({ key, count: z.number().int() });

export const ZHomeNeed = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  status: ZNeedStatus,
  submittedAt: z.string(),
  /** The initiative OLG's decision made of it, with its stage, when there is one. */
  initiative: z.object({ id: z.uuid(), stage: z.number().int(), status: z.enum(['active', 'closed', 'stopped']) }).nullable(),
});
export type THomeNeed = z.infer<typeof ZHomeNeed>;

export const ZHomeToScore = z.object({ needId: z.uuid(), number: z.number().int(), title: z.string(), openedAt: z.string() });
export type THomeToScore = z.infer<typeof ZHomeToScore>;

export const ZHomeInitiative = z.object({
  id: z.uuid(),
  title: z.string(),
  stage: z.number().int(),
  form: ZInitiativeForm,
  plannedEndYear: z.number().int().nullable(),
  /** Still running after the year it was planned to end in. */
  overdue: z.boolean(),
  /** How many things the next gate still lacks (0 at the last stage when closing needs nothing). */
  missingForNextStage: z.number().int(),
});
export type THomeInitiative = z.infer<typeof ZHomeInitiative>;

export const ZHomeDue = z.object({ benefitId: z.uuid(), initiativeId: z.uuid(), initiativeTitle: z.string(), description: z.string(), dueOn: ZIsoDate, overdue: z.boolean() });
export type THomeDue = z.infer<typeof ZHomeDue>;

export const ZHomePortfolio = z.object({
  needsByStatus: z.array(ZCount(ZNeedStatus)),
  /** Running initiatives only. */
  initiativesByStage: z.array(ZCount(z.number().int())),
  initiativesByForm: z.array(ZCount(ZInitiativeForm)),
  benefits: z.object({
    plannedBenefit: z.string(),
    realisedBenefit: z.string(),
    plannedCost: z.string(),
    realisedCost: z.string(),
    benefitCount: z.number().int(),
    realisedCount: z.number().int(),
  }),
  thisYear: z.object({ year: z.number().int(), plannedCost: z.string(), plannedBenefit: z.string() }),
});
export type THomePortfolio = z.infer<typeof ZHomePortfolio>;

/** The plan as the start page shows it: the list's summary without its series. */
export const ZHomePlan = ZPlanSummary.omit({ seriesId: true });
export type THomePlan = z.infer<typeof ZHomePlan>;

export const ZHome = z
  .object({
    myNeeds: z.object({ byStatus: z.array(ZCount(ZNeedStatus)), latest: z.array(ZHomeNeed) }).nullable(),
    toScore: z.object({ items: z.array(ZHomeToScore) }).nullable(),
    myWork: z.object({ initiatives: z.array(ZHomeInitiative), due: z.array(ZHomeDue) }).nullable(),
    portfolio: ZHomePortfolio.nullable(),
    plan: ZHomePlan.nullable(),
  })
  .meta({ id: 'Home' });
export type THome = z.infer<typeof ZHome>;
