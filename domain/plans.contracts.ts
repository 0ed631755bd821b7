import { z } from 'zod';
import { ZIsoDate } from '@domain/iso-date';
import { PRIORITIES, QUADRANTS } from '@domain/assessment';
import { ZCostEstimate } from '@domain/cost-estimate.contracts';
import { CHANGE_KINDS } from '@domain/plan-diff';
import { PLAN_PRIORITIES } from '@domain/plan-priority';
import { MONEY_SOURCES } from '@domain/plan-resources';
import { HORIZONS } from '@domain/plan-timing';

const ZText = (max: number) => z.string().trim().max(max);
/** Whole öre as a decimal string (money never travels as a float). */
const ZOre = z.string().regex(/^\d{1,15}$/);
const ZSignedOre = z.string().regex(/^-?\d{1,18}$/);
const ZYear = z.number().int().min(2000).max(2100);

// One definition of the estimate, shared with needs; re-exported for the plan's importers.
export { ZCostEstimate, type TCostEstimate } from '@domain/cost-estimate.contracts';

/** När: a year, a span of years, a quarter, "löpande" (every year of the plan) or "på sikt". */
export const ZPlanTiming = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('year'), year: ZYear }),
    z.object({ kind: z.literal('years'), fromYear: ZYear, toYear: ZYear }),
    z.object({ kind: z.literal('quarter'), year: ZYear, quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
    z.object({ kind: z.literal('ongoing') }),
    z.object({ kind: z.literal('eventually') }),
  ]);
export type TPlanTiming = z.infer<typeof ZPlanTiming>;

/** The text sections of a plan that the seeds have. */
export const PLAN_SECTIONS = ['introduction', 'purpose', 'goals', 'background', 'followUp'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];
export const PLAN_SECTION_LABELS_SV: Record<PlanSection, string> = {
  introduction: 'Inledning',
  purpose: 'Syfte',
  goals: 'Mål',
  background: 'Bakgrund',
  followUp: 'Uppföljning',
};
export const ZPlanSections = z
  .object({
    introduction: ZText(20_000).default(''),
    purpose: ZText(20_000).default(''),
    goals: ZText(20_000).default(''),
    background: ZText(20_000).default(''),
    followUp: ZText(20_000).default(''),
  });
export type TPlanSections = z.infer<typeof ZPlanSections>;

export const ZCreatePlanRequest = z
  .object({ title: ZText(200).min(1), startYear: ZYear, endYear: ZYear, sections: ZPlanSections.default(ZPlanSections.parse({})) })
  .refine((plan) => plan.endYear >= plan.startYear, { path: ['endYear'], message: 'Slutåret kan inte vara före startåret.', params: { reason: 'range_inverted' } })
  .refine((plan) => plan.endYear - plan.startYear < 10, { path: ['endYear'], message: 'En plan omfattar högst tio år.', params: { reason: 'too_long' } });
export type TCreatePlanRequest = z.infer<typeof ZCreatePlanRequest>;

export const ZUpdatePlanRequest = z.object({ title: ZText(200).min(1), sections: ZPlanSections });
export type TUpdatePlanRequest = z.infer<typeof ZUpdatePlanRequest>;

export const ZFixPlanRequest = z.object({ fixedOn: ZIsoDate, decisionReference: ZText(200).min(1) });
export type TFixPlanRequest = z.infer<typeof ZFixPlanRequest>;

export const ZStaffHours = z.object({ year: ZYear, hours: z.number().int().min(0).max(1_000_000) });

/** A plan item as the form sends it; `needId` or `initiativeId` names what it plans (or neither). */
export const ZPlanItemInput = z
  .object({
    needId: z.uuid().nullable().default(null),
    initiativeId: z.uuid().nullable().default(null),
    title: ZText(200).min(1),
    what: ZText(4000).default(''),
    why: ZText(4000).default(''),
    how: ZText(4000).default(''),
    expectedBenefit: ZText(2000).default(''),
    timing: ZPlanTiming,
    horizon: z.enum(HORIZONS).default('short'),
    priority: z.enum(PLAN_PRIORITIES).nullable().default(null),
    cost: ZCostEstimate.default({ low: null, high: null, recurrence: 'one_off', note: '' }),
    staffHours: z.array(ZStaffHours).max(10).default([]),
    focusAreaId: z.uuid().nullable().default(null),
  });
export type TPlanItemInput = z.infer<typeof ZPlanItemInput>;

/** Moving an item to another time or horizon asks why; the reason lands on the initiative's timeline. */
export const ZMovePlanItemRequest = z.object({ timing: ZPlanTiming, horizon: z.enum(HORIZONS), reason: ZText(1000).min(1) });
export type TMovePlanItemRequest = z.infer<typeof ZMovePlanItemRequest>;

export const ZPlanItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
/** Compare this version with another version (`with`) of the same plan. */
export const ZPlanCompareQuery = z.object({ with: z.uuid() });

const ZMoneyYear = z.object({ year: z.number().int(), low: ZOre, high: ZOre, source: z.enum(MONEY_SOURCES), staffHours: z.number().int() });

export const ZPlanItem = z
  .object({
    id: z.uuid(),
    key: z.uuid(),
    needId: z.uuid().nullable(),
    needNumber: z.number().int().nullable(),
    initiativeId: z.uuid().nullable(),
    initiativeStage: z.number().int().nullable(),
    initiativeForm: z.string().nullable(),
    title: z.string(),
    what: z.string(),
    why: z.string(),
    how: z.string(),
    expectedBenefit: z.string(),
    timing: ZPlanTiming,
    timingText: z.string(),
    horizon: z.enum(HORIZONS),
    priority: z.enum(PLAN_PRIORITIES).nullable(),
    prioritySuggestion: z.enum(PRIORITIES).nullable(),
    departsFromSuggestion: z.boolean(),
    cost: ZCostEstimate,
    costText: z.string(),
    staffHours: z.array(ZStaffHours),
    moneyByYear: z.array(ZMoneyYear),
    focusAreaId: z.uuid().nullable(),
    focusAreaName: z.string().nullable(),
    position: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'PlanItem' });
export type TPlanItem = z.infer<typeof ZPlanItem>;

const ZYearSum = z.object({ year: z.number().int(), low: ZSignedOre, high: ZSignedOre, staffHours: z.number().int(), itemsWithoutAmount: z.number().int() });
const ZSumTotal = ZYearSum.omit({ year: true });
export const ZPlanResources = z
  .object({
    years: z.array(ZYearSum),
    total: ZSumTotal,
    byFocusArea: z.array(z.object({ focusAreaId: z.uuid().nullable(), focusAreaName: z.string().nullable(), years: z.array(ZYearSum), total: ZSumTotal })),
  })
  .meta({ id: 'PlanResources' });
export type TPlanResources = z.infer<typeof ZPlanResources>;

export const PLAN_STATUSES = ['draft', 'fixed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const ZPlanVersionSummary = z.object({
  id: z.uuid(),
  versionNumber: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  fixedOn: ZIsoDate.nullable(),
  decisionReference: z.string().nullable(),
});

export const ZPlan = z
  .object({
    id: z.uuid(),
    seriesId: z.uuid(),
    versionNumber: z.number().int(),
    title: z.string(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    sections: ZPlanSections,
    status: z.enum(PLAN_STATUSES),
    fixedOn: ZIsoDate.nullable(),
    decisionReference: z.string().nullable(),
    fixedByName: z.string().nullable(),
    items: z.array(ZPlanItem),
    resources: ZPlanResources,
    versions: z.array(ZPlanVersionSummary),
    permissions: z.object({ canEdit: z.boolean(), canFix: z.boolean(), canStartNewVersion: z.boolean() }),
    version: z.number().int(),
  })
  .meta({ id: 'Plan' });
export type TPlan = z.infer<typeof ZPlan>;

export const ZPlanSummary = z.object({
  id: z.uuid(),
  seriesId: z.uuid(),
  title: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  versionNumber: z.number().int(),
  fixedOn: ZIsoDate.nullable(),
  itemCount: z.number().int(),
});
export type TPlanSummary = z.infer<typeof ZPlanSummary>;
export const ZPlanList = z.object({ items: z.array(ZPlanSummary) }).meta({ id: 'PlanList' });

/** What can be put in the plan: initiatives, and assessed needs not yet decided ("möjliga förändringar"). */
export const ZPlanCandidate = z.object({
  kind: z.enum(['initiative', 'need']),
  id: z.uuid(),
  needNumber: z.number().int(),
  title: z.string(),
  focusAreaId: z.uuid().nullable(),
  quadrant: z.enum(QUADRANTS).nullable(),
  prioritySuggestion: z.enum(PRIORITIES).nullable(),
  plannedStartYear: z.number().int().nullable(),
});
export type TPlanCandidate = z.infer<typeof ZPlanCandidate>;
export const ZPlanCandidateList = z.object({ items: z.array(ZPlanCandidate) });

const ZDiffItem = z.object({ key: z.uuid(), title: z.string(), timingText: z.string(), horizon: z.enum(HORIZONS), costText: z.string(), priority: z.enum(PLAN_PRIORITIES).nullable() });
export const ZPlanComparison = z
  .object({
    from: ZPlanVersionSummary,
    to: ZPlanVersionSummary,
    added: z.array(ZDiffItem),
    removed: z.array(ZDiffItem),
    changed: z.array(z.object({ key: z.uuid(), title: z.string(), kinds: z.array(z.enum(CHANGE_KINDS)), before: ZDiffItem, after: ZDiffItem })),
    unchangedCount: z.number().int(),
  })
  .meta({ id: 'PlanComparison' });
export type TPlanComparison = z.infer<typeof ZPlanComparison>;

/**
 * The plan as a document: the same headings, texts and tables go into the .docx and into the
 * browser's print view, so "Ladda ner som Word" and "Skriv ut" never disagree.
 */
export const ZPlanDocument = z
  .object({
    organizationName: z.string(),
    title: z.string(),
    subtitle: z.string(),
    facts: z.array(z.tuple([z.string(), z.string()])),
    sections: z.array(
      z.object({
        heading: z.string(),
        level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        text: z.string().optional(),
        table: z.object({ headers: z.array(z.string()), rows: z.array(z.array(z.string())), widths: z.array(z.number()).optional() }).optional(),
      }),
    ),
  })
  .meta({ id: 'PlanDocument' });
export type TPlanDocument = z.infer<typeof ZPlanDocument>;
export const ZPlanDocumentQuery = z.object({ asOf: ZIsoDate.optional() });
