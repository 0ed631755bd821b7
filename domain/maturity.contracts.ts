import { z } from 'zod';
import { MATURITY_AREAS, MATURITY_RATINGS, OPERATION_AREAS } from '@domain/maturity';

export const ZMaturityArea = z.enum(MATURITY_AREAS);
export const ZOperationArea = z.enum(OPERATION_AREAS);
export const ZMaturityRating = z.enum(MATURITY_RATINGS);

const ZIndicatorText = z.string().trim().min(5).max(500);

/** An indicator of the organisation's set; `retired` ones are kept for the assessments that used them. */
export const ZMaturityIndicator = z
  .object({ id: z.uuid(), code: z.string().nullable(), area: ZMaturityArea, text: z.string(), position: z.number().int(), retired: z.boolean(), version: z.number().int() })
  .meta({ id: 'MaturityIndicator' });
export type TMaturityIndicator = z.infer<typeof ZMaturityIndicator>;
export const ZMaturityIndicatorList = z.object({ items: z.array(ZMaturityIndicator) });
export const ZMaturityIndicatorListQuery = z.object({ includeRetired: z.enum(['true', 'false']).default('false') });

export const ZCreateMaturityIndicator = z.object({ area: ZMaturityArea, text: ZIndicatorText });
export type TCreateMaturityIndicator = z.infer<typeof ZCreateMaturityIndicator>;
/** Reword or retire (and bring back) an indicator; answers already given keep their wording. */
export const ZUpdateMaturityIndicator = z.object({ text: ZIndicatorText, retired: z.boolean() });
export type TUpdateMaturityIndicator = z.infer<typeof ZUpdateMaturityIndicator>;

const ZOperationAreas = z
  .array(ZOperationArea)
  .min(1)
  .max(OPERATION_AREAS.length)
  .refine((areas) => new Set(areas).size === areas.length, { message: 'Each verksamhetsområde may appear once.' });

export const ZCreateMaturityAssessment = z.object({
  year: z.number().int().min(2000).max(2100),
  /** "vår", "uppföljning" …: for assessing more often than once a year. */
  label: z.string().trim().max(100).default(''),
  operationAreas: ZOperationAreas,
});
export type TCreateMaturityAssessment = z.infer<typeof ZCreateMaturityAssessment>;

export const ZMaturityAnswer = z.object({
  indicatorId: z.uuid(),
  operationArea: ZOperationArea,
  rating: ZMaturityRating,
  comment: z.string(),
  /** The indicator's wording when the rating was set. */
  indicatorText: z.string(),
  setBy: z.object({ id: z.uuid(), name: z.string() }),
  setAt: z.string(),
  version: z.number().int(),
});
export type TMaturityAnswer = z.infer<typeof ZMaturityAnswer>;

/** Set one rating. If-Match carries the answer's version, "0" for a cell nobody has rated yet. */
export const ZSetMaturityAnswer = z.object({ indicatorId: z.uuid(), operationArea: ZOperationArea, rating: ZMaturityRating, comment: z.string().trim().max(2000).default('') });
export type TSetMaturityAnswer = z.infer<typeof ZSetMaturityAnswer>;

/** A need made from an indicator, and what has become of it. */
export const ZMaturityLinkedNeed = z.object({
  indicatorId: z.uuid(),
  operationArea: ZOperationArea,
  assessmentId: z.uuid(),
  need: z.object({ id: z.uuid(), number: z.number().int(), title: z.string(), status: z.string() }),
});
export type TMaturityLinkedNeed = z.infer<typeof ZMaturityLinkedNeed>;

export const ZMaturityAssessmentSummary = z.object({
  id: z.uuid(),
  year: z.number().int(),
  label: z.string(),
  operationAreas: z.array(ZOperationArea),
  answered: z.number().int(),
  index: z.number().int().nullable(),
  version: z.number().int(),
});
export type TMaturityAssessmentSummary = z.infer<typeof ZMaturityAssessmentSummary>;
export const ZMaturityAssessmentList = z.object({ items: z.array(ZMaturityAssessmentSummary) });

/** One assessment to fill in: its indicators (active ones plus retired ones it answered), answers and linked needs. */
export const ZMaturityAssessment = ZMaturityAssessmentSummary.extend({
  indicators: z.array(ZMaturityIndicator),
  answers: z.array(ZMaturityAnswer),
  linkedNeeds: z.array(ZMaturityLinkedNeed),
  /** The previous assessment's ratings, to show beside this year's. */
  previous: z.object({ id: z.uuid(), year: z.number().int(), label: z.string(), answers: z.array(z.object({ indicatorId: z.uuid(), operationArea: ZOperationArea, rating: ZMaturityRating })) }).nullable(),
}).meta({ id: 'MaturityAssessment' });
export type TMaturityAssessment = z.infer<typeof ZMaturityAssessment>;

const ZCounts = z.object(Object.fromEntries(MATURITY_RATINGS.map((rating) => [rating, z.number()])) as Record<(typeof MATURITY_RATINGS)[number], z.ZodNumber>);
export const ZMaturityGroup = z.object({ counts: ZCounts, shares: ZCounts, index: z.number().int().nullable(), answered: z.number().int() });

export const ZComparisonFigure = z.object({ average: z.number().int().nullable(), organizations: z.number().int(), reason: z.enum(['too_few', 'not_opted_in']).optional() });

export const ZMaturityResults = z
  .object({
    assessmentId: z.uuid(),
    formula: z.string(),
    overall: ZMaturityGroup,
    byArea: z.record(ZMaturityArea, ZMaturityGroup),
    byOperationArea: z.partialRecord(ZOperationArea, ZMaturityGroup),
    cells: z.array(z.object({ area: ZMaturityArea, operationArea: ZOperationArea, summary: ZMaturityGroup })),
    changes: z.array(
      z.object({ indicatorId: z.uuid(), indicatorText: z.string(), operationArea: ZOperationArea, before: ZMaturityRating.nullable(), after: ZMaturityRating.nullable(), direction: z.enum(['better', 'worse', 'other']) }),
    ),
    previous: z.object({ id: z.uuid(), year: z.number().int(), label: z.string() }).nullable(),
    /** The installation's other organisations (rules in domain/maturity-comparison.ts). */
    comparison: z.object({ overall: ZComparisonFigure, byArea: z.record(ZMaturityArea, ZComparisonFigure) }),
  })
  .meta({ id: 'MaturityResults' });
export type TMaturityResults = z.infer<typeof ZMaturityResults>;

/** The index over the years: one point per assessment, overall and per area. */
export const ZMaturityHistory = z.object({
  items: z.array(z.object({ id: z.uuid(), year: z.number().int(), label: z.string(), overall: z.number().int().nullable(), byArea: z.record(ZMaturityArea, z.number().int().nullable()) })),
});
export type TMaturityHistory = z.infer<typeof ZMaturityHistory>;

export const ZMaturityNeedRequest = z.object({ indicatorId: z.uuid(), operationArea: ZOperationArea });
export const ZMaturityNeedCreated = z.object({ needId: z.uuid(), number: z.number().int() });

export const ZMaturitySettings = z.object({ compareOptIn: z.boolean(), version: z.number().int() });
export const ZUpdateMaturitySettings = z.object({ compareOptIn: z.boolean() });

export const ZMaturityAnswerParams = z.object({ id: z.uuid() });

export const ZNeedMaturityLinksQuery = z.object({ needId: z.uuid() });
export const ZNeedMaturityLinks = z.object({
  items: z.array(z.object({ indicatorId: z.uuid(), operationArea: ZOperationArea, assessmentId: z.uuid(), indicatorText: z.string(), year: z.number().int(), label: z.string() })),
});
export type TNeedMaturityLinks = z.infer<typeof ZNeedMaturityLinks>;
