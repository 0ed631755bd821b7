import { AXIS_BOUNDARY, priorityOf } from '@domain/assessment';
import { MATRIX_POINT_LIMIT, type TMatrix, type TMatrixQuery } from '@domain/assessment.contracts';
import type { Ctx } from '@server/platform/tenancy/context';
import { inTenantRead } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { findAssessedNeeds } from '@server/modules/needs/need-assessment-summary';

/**
 * The prioritisation matrix: every need of the organisation with agreed scores, as a point
 * (feasibility × potential) with its quadrant and priority, filtered. Capped at MATRIX_POINT_LIMIT
 * points, best overall first, and says when it cut.
 */
export async function findMatrix(ctx: Ctx, query: TMatrixQuery): Promise<TMatrix> {
  authorize(ctx, 'assessment:read');
  const rows = await inTenantRead(ctx, (tx) => findAssessedNeeds(tx, ctx, query, MATRIX_POINT_LIMIT + 1));
  const points = rows.slice(0, MATRIX_POINT_LIMIT).map((row) => ({
    needId: row.id,
    number: row.number,
    title: row.title,
    feasibility: row.feasibility,
    potential: row.potential,
    overall: row.overall,
    quadrant: row.quadrant,
    priority: priorityOf(row.quadrant),
    status: row.status,
    focusAreas: row.focusAreas,
    units: row.units,
    allUnits: row.allUnits,
  }));
  return { points, isTruncated: rows.length > MATRIX_POINT_LIMIT, boundary: AXIS_BOUNDARY };
}
