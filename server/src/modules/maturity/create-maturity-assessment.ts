import type { TCreateMaturityAssessment, TMaturityAssessmentSummary } from '@domain/maturity.contracts';
import type { OperationArea } from '@domain/maturity';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { insertAssessmentRow } from '@server/modules/maturity/maturity.repository';
import { copyDefaultsOnFirstUse } from '@server/modules/maturity/find-maturity-indicators';

/** Starts a mognadsskattning for a year and the verksamhetsområden the organisation chose. */
export async function createMaturityAssessment(ctx: Ctx, input: TCreateMaturityAssessment): Promise<TMaturityAssessmentSummary> {
  authorize(ctx, 'maturity:manage');
  assertNoPersonalData({ label: input.label });
  return inTenant(ctx, async (tx) => {
    await copyDefaultsOnFirstUse(tx, ctx);
    const row = await insertAssessmentRow(tx, ctx, { year: input.year, label: input.label, operationAreas: [...input.operationAreas] });
    const after = { id: row.id, year: row.year, label: row.label, operationAreas: row.operationAreas as OperationArea[], answered: 0, index: null, version: row.version };
    await recordAudit(tx, ctx, { action: 'maturity_assessment.created', entityType: 'maturity_assessment', entityId: row.id, after });
    return after;
  });
}
