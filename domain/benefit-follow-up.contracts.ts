import { z } from 'zod';

/** Lessons learned at follow-up (001 §2.6): what worked, what did not, advice to others. */
export const ZLessonInput = z
  .object({
    worked: z.string().trim().max(4000).default(''),
    didNotWork: z.string().trim().max(4000).default(''),
    advice: z.string().trim().max(4000).default(''),
  })
  .superRefine((input, ctx) => {
    if (!input.worked && !input.didNotWork && !input.advice) ctx.addIssue({ code: 'custom', path: ['worked'], message: 'Skriv minst en lärdom.' });
  });
export type TLessonInput = z.input<typeof ZLessonInput>;

export const ZLesson = z
  .object({
    id: z.uuid(),
    initiativeId: z.uuid(),
    initiativeTitle: z.string(),
    worked: z.string(),
    didNotWork: z.string(),
    advice: z.string(),
    authorName: z.string(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Lesson' });
export type TLesson = z.infer<typeof ZLesson>;
export const ZLessonList = z.object({ items: z.array(ZLesson) }).meta({ id: 'LessonList' });
export const ZLessonSearchQuery = z.object({ q: z.string().trim().max(200).optional() });

/** One initiative in the portfolio benefit view: planned vs realised, cost and benefit, in öre. */
const ZOre = z.string().regex(/^-?\d+$/);
export const ZPortfolioRow = z.object({
  initiativeId: z.uuid(),
  title: z.string(),
  stage: z.number().int(),
  /** Its need's focus areas (several, or none). */
  focusAreas: z.array(z.object({ id: z.uuid(), name: z.string() })),
  plannedCost: ZOre,
  plannedBenefitLow: ZOre,
  plannedBenefitHigh: ZOre,
  actualCost: ZOre,
  actualBenefit: ZOre,
  /** Planned (low) net minus realised net over the years that have an outcome or the filter year. */
  gap: ZOre,
  benefitCount: z.number().int(),
  realisedCount: z.number().int(),
  atRiskCount: z.number().int(),
  dueCount: z.number().int(),
});
export type TPortfolioRow = z.infer<typeof ZPortfolioRow>;
export const ZPortfolioGroup = z.object({
  /** The initiatives' focus areas as one label ("Effektivitet; Trygghet"): each initiative counts once. */
  focusAreaName: z.string(),
  year: z.number().int(),
  plannedCost: ZOre,
  plannedBenefitLow: ZOre,
  plannedBenefitHigh: ZOre,
  actualCost: ZOre,
  actualBenefit: ZOre,
});
export type TPortfolioGroup = z.infer<typeof ZPortfolioGroup>;
export const ZPortfolio = z
  .object({ rows: z.array(ZPortfolioRow), groups: z.array(ZPortfolioGroup), years: z.array(z.number().int()) })
  .meta({ id: 'BenefitPortfolio' });
export type TPortfolio = z.infer<typeof ZPortfolio>;
export const ZPortfolioQuery = z.object({
  focusAreaId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type TPortfolioQuery = z.infer<typeof ZPortfolioQuery>;
