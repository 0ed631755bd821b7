import { z } from 'zod';
import { PRIORITIES, QUADRANTS, priorityOf, type Priority, type Quadrant } from '@domain/assessment';
import { ZCostEstimate } from '@domain/cost-estimate.contracts';
import { ZFocusAreaIds, ZUnitIds } from '@domain/need-scope';
import { ZPageQuery, page } from '@domain/paging';

/**
 * Where a need is in its life (UI: Inkommen, Bedömd, Beslutad – genomförs, Avslagen, Parkerad,
 * Sammanslagen). `approved`, `rejected` and `parked` are set by a decision, `merged` by a merge.
 */
export const NEED_STATUSES = ['submitted', 'assessed', 'approved', 'rejected', 'parked', 'merged'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const ZNeedStatus = z.enum(NEED_STATUSES);

/** Who a need concerns (UI: brukare, anhöriga, medarbetare, chefer) — labels, never people. */
export const AFFECTED_GROUPS = ['care_recipients', 'relatives', 'staff', 'managers'] as const;
export type AffectedGroup = (typeof AFFECTED_GROUPS)[number];
export const ZAffectedGroup = z.enum(AFFECTED_GROUPS);

// Quadrants, priorities and priorityOf belong to the assessment model (domain/assessment.ts).
const ZQuadrant = z.enum(QUADRANTS);
const ZPriority = z.enum(PRIORITIES);

/** The quadrants that make up one priority, for filtering lists by priority. */
export function quadrantsOf(priority: Priority): Quadrant[] {
  return QUADRANTS.filter((quadrant) => priorityOf(quadrant) === priority);
}

const ZTitle = z.string().trim().min(3).max(200);
const ZLongText = z.string().trim().min(1).max(5000);
const ZAffectedGroups = z
  .array(ZAffectedGroup)
  .min(1)
  .max(AFFECTED_GROUPS.length)
  .refine((groups) => new Set(groups).size === groups.length, { message: 'Each group may appear once.' });

/** The e-service form "Digitala initiativ": what a medarbetare fills in to submit a need. */
export const ZSubmitNeedRequest = z
  .object({
    title: ZTitle,
    problem: ZLongText,
    expectedBenefit: ZLongText,
    affectedGroups: ZAffectedGroups,
    /** The focus areas the need belongs to (several, or none). */
    focusAreaIds: ZFocusAreaIds.default([]),
    /** The units it concerns (several, or none); empty when `allUnits`. */
    unitIds: ZUnitIds.default([]),
    /** "Alla": the whole förvaltning instead of named units. */
    allUnits: z.boolean().default(false),
    /** Uppskattad kostnad before any decision; null or omitted when nobody has a guess yet. */
    costEstimate: ZCostEstimate.nullish(),
  })
  .meta({ id: 'SubmitNeedRequest' });
export type TSubmitNeedRequest = z.infer<typeof ZSubmitNeedRequest>;

/** A change to a need: any of the form's fields; omitted fields stay as they are. */
export const ZUpdateNeedRequest = z
  .object({
    title: ZTitle.optional(),
    problem: ZLongText.optional(),
    expectedBenefit: ZLongText.optional(),
    affectedGroups: ZAffectedGroups.optional(),
    /** The whole new list of focus areas; omitted leaves them as they are. */
    focusAreaIds: ZFocusAreaIds.optional(),
    /** The whole new list of units; omitted leaves them as they are. */
    unitIds: ZUnitIds.optional(),
    allUnits: z.boolean().optional(),
    /** A new estimate, or null to remove it; omitted leaves it as it is. */
    costEstimate: ZCostEstimate.nullish(),
  })
  .meta({ id: 'UpdateNeedRequest' });
export type TUpdateNeedRequest = z.infer<typeof ZUpdateNeedRequest>;

export const ZNeedParams = z.object({ id: z.uuid() });

const ZRef = z.object({ id: z.uuid(), name: z.string() });

/** What the current user may do with a need; computed by the server, the UI only hides/disables. */
export const ZNeedPermissions = z
  .object({
    canEdit: z.boolean(),
    canComment: z.boolean(),
    canMerge: z.boolean(),
    canSupport: z.boolean(),
    canAssess: z.boolean(),
    canDecide: z.boolean(),
    /** Delete the need (never decided, nothing depends on it). */
    canDelete: z.boolean(),
    /** Mask personal data in the need's texts and its comments; also delete any comment. */
    canRedact: z.boolean(),
  })
  .meta({ id: 'NeedPermissions' });
export type TNeedPermissions = z.infer<typeof ZNeedPermissions>;

/** One need with everything its page shows. */
export const ZNeed = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    title: z.string(),
    problem: z.string(),
    expectedBenefit: z.string(),
    affectedGroups: z.array(ZAffectedGroup),
    /** Focus areas by name (sv-SE order). */
    focusAreas: z.array(ZRef),
    /** Units by name (sv-SE order); empty when `allUnits`. */
    units: z.array(ZRef),
    /** "Alla enheter": the whole förvaltning. */
    allUnits: z.boolean(),
    submittedBy: ZRef,
    status: ZNeedStatus,
    mergedInto: z.object({ id: z.uuid(), number: z.number().int(), title: z.string() }).nullable(),
    feasibility: z.number().nullable(),
    potential: z.number().nullable(),
    overall: z.number().nullable(),
    quadrant: ZQuadrant.nullable(),
    priority: ZPriority.nullable(),
    supporterCount: z.number().int(),
    isSupportedByMe: z.boolean(),
    commentCount: z.number().int(),
    /** Uppskattad kostnad and the same written out ("40 000–60 000 kr/år, beroende på lösning"). */
    costEstimate: ZCostEstimate.nullable(),
    costEstimateText: z.string(),
    /** Vad and Hur as a plan's table writes them; '' when not given. */
    what: z.string(),
    how: z.string(),
    /** Förslagsställare as text (an imported plan names a role or a person; never an account). */
    proposedBy: z.string(),
    /** Startår a plan gave before any decision. */
    plannedStartYear: z.number().int().nullable(),
    submittedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
    permissions: ZNeedPermissions,
  })
  .meta({ id: 'Need' });
export type TNeed = z.infer<typeof ZNeed>;

/** A need as a row of the list: no long texts, no permissions. */
export const ZNeedListItem = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    title: z.string(),
    affectedGroups: z.array(ZAffectedGroup),
    /** Focus areas by name (sv-SE order). */
    focusAreas: z.array(ZRef),
    /** Units by name (sv-SE order); empty when `allUnits`. */
    units: z.array(ZRef),
    /** "Alla enheter": the whole förvaltning. */
    allUnits: z.boolean(),
    submittedBy: ZRef,
    status: ZNeedStatus,
    overall: z.number().nullable(),
    quadrant: ZQuadrant.nullable(),
    priority: ZPriority.nullable(),
    supporterCount: z.number().int(),
    commentCount: z.number().int(),
    submittedAt: z.iso.datetime(),
  })
  .meta({ id: 'NeedListItem' });
export type TNeedListItem = z.infer<typeof ZNeedListItem>;

export const ZNeedPage = page(ZNeedListItem).meta({ id: 'NeedPage' });
export type TNeedPage = z.infer<typeof ZNeedPage>;

/** How the list can be ordered; `overall_asc` puts the best assessed first and unassessed last. */
export const NEED_SORTS = ['submittedAt_desc', 'submittedAt_asc', 'title_asc', 'overall_asc'] as const;
export type NeedSort = (typeof NEED_SORTS)[number];

/** Filters, search and paging of the needs list. A quarter is a calendar quarter in Swedish time. */
export const ZNeedListQuery = ZPageQuery.extend({
  status: ZNeedStatus.optional(),
  unitId: z.uuid().optional(),
  focusAreaId: z.uuid().optional(),
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, 'Use YYYY-Qn, e.g. 2025-Q3.')
    .optional(),
  priority: ZPriority.optional(),
  q: z.string().trim().max(200).optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  sort: z.enum(NEED_SORTS).default('submittedAt_desc'),
});
export type TNeedListQuery = z.infer<typeof ZNeedListQuery>;

/** The filters of the needs list without paging: what the Excel export of the list accepts. */
export const ZNeedExportQuery = ZNeedListQuery.omit({ limit: true, cursor: true });
export type TNeedExportQuery = z.infer<typeof ZNeedExportQuery>;

/** A comment on a need. */
export const ZNeedComment = z
  .object({
    id: z.uuid(),
    needId: z.uuid(),
    author: ZRef,
    body: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'NeedComment' });
export type TNeedComment = z.infer<typeof ZNeedComment>;

export const ZAddNeedCommentRequest = z.object({ body: z.string().trim().min(1).max(5000) }).meta({ id: 'AddNeedCommentRequest' });
export type TAddNeedCommentRequest = z.infer<typeof ZAddNeedCommentRequest>;

/** The marker that replaces a redacted text everywhere, the audit log included (ADR 0005). */
export const REDACTION_MARKER = '[Borttaget: personuppgift]';

/** The marker that replaces a deleted need's or comment's free text in the audit log (ADR 0005). */
export const DELETION_MARKER = '[Borttaget]';

/** The free-text fields of a need that can be redacted. */
export const REDACTABLE_NEED_FIELDS = ['title', 'problem', 'expectedBenefit', 'what', 'how', 'proposedBy'] as const;
export type RedactableNeedField = (typeof REDACTABLE_NEED_FIELDS)[number];

/** Why a text is redacted: recorded in the audit log instead of the erased text. */
export const ZRedactionReason = z.string().trim().min(3).max(500);

/** Redact one text field of a need. */
export const ZRedactNeedRequest = z.object({ field: z.enum(REDACTABLE_NEED_FIELDS), reason: ZRedactionReason }).meta({ id: 'RedactNeedRequest' });
export type TRedactNeedRequest = z.infer<typeof ZRedactNeedRequest>;

/** Redact a comment's body. */
export const ZRedactCommentRequest = z.object({ reason: ZRedactionReason }).meta({ id: 'RedactCommentRequest' });
export type TRedactCommentRequest = z.infer<typeof ZRedactCommentRequest>;

export const ZNeedCommentParams = z.object({ id: z.uuid(), commentId: z.uuid() });

/** Comments oldest first, cursor-paged. */
export const ZNeedCommentQuery = ZPageQuery;
export const ZNeedCommentPage = page(ZNeedComment).meta({ id: 'NeedCommentPage' });
export type TNeedCommentPage = z.infer<typeof ZNeedCommentPage>;

/** Merge the need in the URL (a duplicate) into `targetNeedId`. */
export const ZMergeNeedRequest = z.object({ targetNeedId: z.uuid() }).meta({ id: 'MergeNeedRequest' });
export type TMergeNeedRequest = z.infer<typeof ZMergeNeedRequest>;
