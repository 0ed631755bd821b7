import type { NeedRow, NeedScopeIds } from '@server/modules/needs/needs.repository';

/**
 * The fields of a need the audit log records as before/after (no search vector, no timestamps),
 * with its focus areas and units by id when the caller read them.
 */
export function needAuditState(row: NeedRow, scope?: NeedScopeIds) {
  return {
    number: row.number,
    title: row.title,
    problem: row.problem,
    expectedBenefit: row.expectedBenefit,
    affectedGroups: row.affectedGroups,
    ...(scope ? { focusAreaIds: scope.focusAreaIds, unitIds: scope.unitIds } : {}),
    allUnits: row.allUnits,
    costEstimate: row.costEstimate,
    what: row.what,
    how: row.how,
    proposedBy: row.proposedBy,
    plannedStartYear: row.plannedStartYear,
    status: row.status,
    mergedIntoId: row.mergedIntoId,
    version: row.version,
  };
}
