import { recordAudit } from '@server/platform/audit/audit';
import { staleVersion } from '@server/platform/http/etag';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { deleteRisk, findRisk } from '@server/modules/risks/risks.repository';
import { presentRisk } from '@server/modules/risks/present-risk-analysis';

/** Removes a risk recorded by mistake; the audit log keeps what it said. */
export async function removeRisk(ctx: Ctx, initiativeId: string, riskId: string, expectedVersion: number): Promise<void> {
  await inTenant(ctx, async (tx) => {
    await loadEditableInitiative(tx, ctx, initiativeId);
    const before = await findRisk(tx, ctx, initiativeId, riskId, { forUpdate: true });
    if (!before) throw notFound('risk');
    if (before.version !== expectedVersion) throw staleVersion();
    await deleteRisk(tx, ctx, riskId);
    await recordAudit(tx, ctx, { action: 'risk.deleted', entityType: 'initiative_risk', entityId: riskId, before: presentRisk(before) });
  });
}
