import type { TRisk, TRiskInput } from '@domain/risks.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { staleVersion } from '@server/platform/http/etag';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { findRisk, updateRiskVersioned } from '@server/modules/risks/risks.repository';
import { presentRisk } from '@server/modules/risks/present-risk-analysis';

/** Changes a risk (ratings, measures, owner, status) if nobody saved it since the caller read it. */
export async function updateRisk(ctx: Ctx, initiativeId: string, riskId: string, expectedVersion: number, input: TRiskInput): Promise<TRisk> {
  return inTenant(ctx, async (tx) => {
    await loadEditableInitiative(tx, ctx, initiativeId);
    const before = await findRisk(tx, ctx, initiativeId, riskId, { forUpdate: true });
    if (!before) throw notFound('risk');
    if (before.version !== expectedVersion) throw staleVersion();
    assertNoPersonalData({ description: input.description, measures: input.measures, ownerName: input.ownerName });
    const updated = await updateRiskVersioned(tx, ctx, riskId, expectedVersion, input);
    if (!updated) throw staleVersion();
    const risk = presentRisk(updated);
    await recordAudit(tx, ctx, { action: 'risk.updated', entityType: 'initiative_risk', entityId: riskId, before: presentRisk(before), after: risk });
    return risk;
  });
}
