import type { NeedRow } from '@server/modules/needs/needs.repository';

/** The fields of a need the audit log records as before/after (no search vector, no timestamps). */
export function needAuditState(row: NeedRow) {
  return {
    number: row.number,
    title: row.title,
    problem: row.problem,
    expectedBenefit: row.expectedBenefit,
    affectedGroups: row.affectedGroups,
    unitId: row.unitId,
    focusAreaId: row.focusAreaId,
    costEstimate: row.costEstimate,
    status: row.status,
    mergedIntoId: row.mergedIntoId,
    version: row.version,
  };
}
