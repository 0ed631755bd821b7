import { QUADRANTS, priorityOf, type Quadrant } from '@domain/assessment';
import { formatCostEstimate } from '@domain/cost-estimate';
import { costEstimateFromWire, type TCostEstimate } from '@domain/cost-estimate.contracts';
import {
  AFFECTED_GROUPS,
  NEED_STATUSES,
  type AffectedGroup,
  type NeedStatus,
  type TNeed,
  type TNeedComment,
  type TNeedListItem,
} from '@domain/needs.contracts';
import type { NeedActor } from '@server/modules/needs/needs.policy';
import { needPermissions } from '@server/modules/needs/needs.policy';
import type { NeedView } from '@server/modules/needs/needs.repository';

/** Narrows the status column; the database only ever holds the listed values. */
export function asNeedStatus(value: string): NeedStatus {
  const status = NEED_STATUSES.find((s) => s === value);
  if (!status) throw new Error(`Unknown need status ${value}`);
  return status;
}

const asQuadrant = (value: string | null): Quadrant | null => QUADRANTS.find((q) => q === value) ?? null;
const asGroups = (values: string[]): AffectedGroup[] => AFFECTED_GROUPS.filter((g) => values.includes(g));
/** A need's focus areas or units as the query built them (a JSON array, never null). */
const refs = (value: { id: string; name: string }[] | null): { id: string; name: string }[] => value ?? [];

/** The columns a list row and a need page share (see `needSummaryColumns`). */
export type NeedSummaryRow = {
  id: string;
  number: number;
  title: string;
  affectedGroups: string[];
  /** JSON arrays of {id, name} in Swedish order (`focusAreasOfNeed`, `unitsOfNeed`). */
  focusAreas: { id: string; name: string }[] | null;
  units: { id: string; name: string }[] | null;
  allUnits: boolean;
  submittedBy: string;
  submitterName: string;
  status: string;
  overall: number | null;
  quadrant: string | null;
  /** ISO 8601 (UTC, milliseconds), formatted by the query. */
  submittedAt: string;
  supporterCount: number;
  commentCount: number;
};

/** A need as one row of the list. */
export function presentNeedListItem(row: NeedSummaryRow): TNeedListItem {
  const quadrant = asQuadrant(row.quadrant);
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    affectedGroups: asGroups(row.affectedGroups),
    focusAreas: refs(row.focusAreas),
    units: refs(row.units),
    allUnits: row.allUnits,
    submittedBy: { id: row.submittedBy, name: row.submitterName },
    status: asNeedStatus(row.status),
    overall: row.overall,
    quadrant,
    priority: quadrant ? priorityOf(quadrant) : null,
    supporterCount: row.supporterCount,
    commentCount: row.commentCount,
    submittedAt: row.submittedAt,
  };
}

/** A need with its page's details and what the current user may do with it. */
export function presentNeed(ctx: NeedActor, view: NeedView): TNeed {
  const item = presentNeedListItem(view);
  // Added to the fresh list item rather than spread into a new object: V8 (Node 20) takes a slow
  // path for `{ ...item, more }` that cost 16 µs per need page.
  return Object.assign(item, {
    problem: view.problem,
    expectedBenefit: view.expectedBenefit,
    costEstimate: (view.costEstimate as TCostEstimate | null) ?? null,
    costEstimateText: view.costEstimate ? formatCostEstimate(costEstimateFromWire(view.costEstimate as TCostEstimate)) : '',
    what: view.what,
    how: view.how,
    proposedBy: view.proposedBy,
    plannedStartYear: view.plannedStartYear,
    mergedInto:
      view.mergedIntoId && view.mergedIntoNumber !== null && view.mergedIntoTitle !== null
        ? { id: view.mergedIntoId, number: view.mergedIntoNumber, title: view.mergedIntoTitle }
        : null,
    feasibility: view.feasibility,
    potential: view.potential,
    isSupportedByMe: view.isSupportedByMe,
    updatedAt: view.updatedAt.toISOString(),
    version: view.version,
    permissions: needPermissions(ctx, { submittedBy: view.submittedBy, status: item.status }),
  });
}

/** A comment with its author's name. */
export function presentComment(row: { id: string; needId: string; authorId: string; authorName: string; body: string; createdAt: Date }): TNeedComment {
  return {
    id: row.id,
    needId: row.needId,
    author: { id: row.authorId, name: row.authorName },
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}
