import { z } from 'zod';
import { AGREEMENTS, AXES, CRITERION_KEYS, LEVELS, PRIORITIES, QUADRANTS } from '@domain/assessment';
import { ZNeedStatus } from '@domain/needs.contracts';

export const ZCriterion = z.enum(CRITERION_KEYS);
export const ZAxis = z.enum(AXES);
export const ZQuadrant = z.enum(QUADRANTS);
export const ZPriority = z.enum(PRIORITIES);
export const ZAgreement = z.enum(AGREEMENTS);

/** One score: 1 (best) to 4 (worst). */
export const ZScore = z.literal([...LEVELS]);

/** All eight criteria scored; used for a rater's scores and for the agreed scores. */
export const ZScores = z
  .object({
    competence: ZScore,
    leadershipSupport: ZScore,
    complexity: ZScore,
    financing: ZScore,
    savings: ZScore,
    quality: ZScore,
    mandatoryRequirement: ZScore,
    goalFulfilment: ZScore,
  })
  .meta({ id: 'Scores' });
export type TScores = z.infer<typeof ZScores>;

/** A rater saves her own, independent scores (all eight) with an optional comment. */
export const ZRaterScoreRequest = z
  .object({ scores: ZScores, comment: z.string().trim().max(2000).default('') })
  .meta({ id: 'RaterScoreRequest' });
export type TRaterScoreRequest = z.infer<typeof ZRaterScoreRequest>;

/** The coordinator fixes the agreed scores of the round, with why they were chosen. */
export const ZFixAssessmentRequest = z
  .object({ scores: ZScores, rationale: z.string().trim().max(4000).default('') })
  .meta({ id: 'FixAssessmentRequest' });
export type TFixAssessmentRequest = z.infer<typeof ZFixAssessmentRequest>;

const ZRef = z.object({ id: z.uuid(), name: z.string() });

/** What the model derives from a set of scores. */
export const ZDerived = z
  .object({ feasibility: z.number(), potential: z.number(), overall: z.number(), quadrant: ZQuadrant, priority: ZPriority })
  .meta({ id: 'AssessmentDerived' });
export type TDerived = z.infer<typeof ZDerived>;

/**
 * One rater in a round. `scores`, `comment` and `derived` are null when they are hidden: while a
 * round is open, a rater who has not saved her own scores does not see the others' (so that the
 * scores stay independent, without anchoring).
 */
export const ZRaterEntry = z.object({
  rater: ZRef,
  scores: ZScores.nullable(),
  comment: z.string().nullable(),
  derived: ZDerived.nullable(),
  updatedAt: z.iso.datetime(),
});

export const ZCriterionStatistics = z.object({
  criterion: ZCriterion,
  mean: z.number(),
  min: z.number().int(),
  max: z.number().int(),
  spread: z.number().int(),
  agreement: ZAgreement.nullable(),
});

/** Per criterion mean/min/max/spread and the agreement indicator (null with fewer than two raters). */
export const ZRaterStatistics = z
  .object({ raterCount: z.number().int(), criteria: z.array(ZCriterionStatistics), agreement: ZAgreement.nullable() })
  .meta({ id: 'RaterStatistics' });

export const ASSESSMENT_STATUSES = ['open', 'fixed', 'superseded'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const ZAssessmentStatus = z.enum(ASSESSMENT_STATUSES);

export const ZAssessmentPermissions = z
  .object({ canScore: z.boolean(), canFix: z.boolean(), canReopen: z.boolean() })
  .meta({ id: 'AssessmentPermissions' });

/** One assessment round of a need, with its raters, statistics and (once fixed) the agreed result. */
export const ZAssessment = z
  .object({
    id: z.uuid(),
    needId: z.uuid(),
    status: ZAssessmentStatus,
    raters: z.array(ZRaterEntry),
    /** Null while the current user's view is blinded (see ZRaterEntry). */
    statistics: ZRaterStatistics.nullable(),
    isBlinded: z.boolean(),
    agreedScores: ZScores.nullable(),
    rationale: z.string(),
    derived: ZDerived.nullable(),
    openedBy: ZRef,
    openedAt: z.iso.datetime(),
    fixedBy: ZRef.nullable(),
    fixedAt: z.iso.datetime().nullable(),
    version: z.number().int(),
    permissions: ZAssessmentPermissions,
  })
  .meta({ id: 'Assessment' });
export type TAssessment = z.infer<typeof ZAssessment>;

export const ZAssessmentHistory = z.object({ items: z.array(ZAssessment) }).meta({ id: 'AssessmentHistory' });
export type TAssessmentHistory = z.infer<typeof ZAssessmentHistory>;

/** At most this many points are drawn; the response says when there were more. */
export const MATRIX_POINT_LIMIT = 2000;

/** Filters of the prioritisation matrix. A quarter is the calendar quarter (Swedish time) the need was submitted in. */
export const ZMatrixQuery = z.object({
  focusAreaId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  status: ZNeedStatus.optional(),
  quadrant: ZQuadrant.optional(),
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, 'Use YYYY-Qn, e.g. 2025-Q3.')
    .optional(),
});
export type TMatrixQuery = z.infer<typeof ZMatrixQuery>;

/** One assessed need as a point of the matrix (feasibility × potential, 1 best). */
export const ZMatrixPoint = z
  .object({
    needId: z.uuid(),
    number: z.number().int(),
    title: z.string(),
    feasibility: z.number(),
    potential: z.number(),
    overall: z.number(),
    quadrant: ZQuadrant,
    priority: ZPriority,
    status: ZNeedStatus,
    /** The need's focus areas and units ("Alla" = `allUnits`), by name. */
    focusAreas: z.array(ZRef),
    units: z.array(ZRef),
    allUnits: z.boolean(),
  })
  .meta({ id: 'MatrixPoint' });
export type TMatrixPoint = z.infer<typeof ZMatrixPoint>;

export const ZMatrix = z
  .object({ points: z.array(ZMatrixPoint), isTruncated: z.boolean(), boundary: z.number() })
  .meta({ id: 'Matrix' });
export type TMatrix = z.infer<typeof ZMatrix>;
