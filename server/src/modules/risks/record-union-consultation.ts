import { todayInSweden } from '@domain/decisions.contracts';
import type { TRiskAnalysis, TUnionConsultationInput } from '@domain/risks.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { staleVersion } from '@server/platform/http/etag';
import { AppError } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { findAnalysis, findRisks, saveAnalysisVersioned } from '@server/modules/risks/risks.repository';
import { presentRiskAnalysis } from '@server/modules/risks/present-risk-analysis';

/** Records when the union representatives (fackliga företrädare) were consulted about the risks. */
export async function recordUnionConsultation(ctx: Ctx, initiativeId: string, expectedVersion: number, input: TUnionConsultationInput): Promise<TRiskAnalysis> {
  return inTenant(ctx, async (tx) => {
    const initiative = await loadEditableInitiative(tx, ctx, initiativeId);
    const before = await findAnalysis(tx, ctx, initiativeId, { forUpdate: true });
    if ((before?.version ?? 0) !== expectedVersion) throw staleVersion();
    if (input.consultedOn > todayInSweden()) {
      throw new AppError('validation_failed', 'The consultation cannot be in the future.', [{ path: 'body.consultedOn', code: 'too_big' }]);
    }
    assertNoPersonalData({ note: input.note });
    const after = await saveAnalysisVersioned(tx, ctx, initiativeId, expectedVersion, {
      unionConsultedOn: input.consultedOn,
      unionNote: input.note,
      unionRecordedBy: ctx.actor.name,
    });
    if (!after) throw staleVersion();
    await recordAudit(tx, ctx, {
      action: 'risk_analysis.union_consulted',
      entityType: 'initiative',
      entityId: initiativeId,
      before: before ? { consultedOn: before.unionConsultedOn, note: before.unionNote } : null,
      after: input,
    });
    return presentRiskAnalysis(initiative.id, await findRisks(tx, ctx, initiativeId), after, true);
  });
}
