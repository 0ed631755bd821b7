import type { TRisk, TRiskInput } from '@domain/risks.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { insertRisk } from '@server/modules/risks/risks.repository';
import { presentRisk } from '@server/modules/risks/present-risk-analysis';

/** Records a new risk on the initiative (its value and level follow from the ratings). */
export async function addRisk(ctx: Ctx, initiativeId: string, input: TRiskInput): Promise<TRisk> {
  return inTenant(ctx, async (tx) => {
    await loadEditableInitiative(tx, ctx, initiativeId);
    assertNoPersonalData({ description: input.description, measures: input.measures, ownerName: input.ownerName });
    const risk = presentRisk(await insertRisk(tx, ctx, initiativeId, input));
    await recordAudit(tx, ctx, { action: 'risk.created', entityType: 'initiative_risk', entityId: risk.id, after: risk });
    return risk;
  });
}
