import type { TRiskAnalysis } from '@domain/risks.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { loadReadableInitiative } from '@server/modules/initiative-access/load-initiative';
import { canEditInitiativeWork } from '@server/modules/initiative-access/initiative-work-policy';
import { findAnalysis, findRisks } from '@server/modules/risks/risks.repository';
import { presentRiskAnalysis } from '@server/modules/risks/present-risk-analysis';

/** The initiative's risk- och konsekvensanalys: its risks, the union consultation and the ethics. */
export async function getRiskAnalysis(ctx: Ctx, initiativeId: string): Promise<TRiskAnalysis> {
  return inTenantRead(ctx, async (tx) => {
    const initiative = await loadReadableInitiative(tx, ctx, initiativeId);
    const [risks, analysis] = [await findRisks(tx, ctx, initiativeId), await findAnalysis(tx, ctx, initiativeId)];
    return presentRiskAnalysis(initiativeId, risks, analysis, canEditInitiativeWork(ctx, initiative));
  });
}
