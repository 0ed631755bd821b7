import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { deletePilotRow, findPilotRow, findPilotView } from '@server/modules/pilots/pilots.repository';
import { presentPilot } from '@server/modules/pilots/present-pilot';

/** Removes a pilot recorded by mistake, if nobody changed it since the user read it; the audit log keeps what it said. */
export async function deletePilot(ctx: Ctx, id: string, expected: number): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const current = await findPilotRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('pilot');
    await loadEditableInitiative(tx, ctx, current.initiativeId);
    if (current.version !== expected) throw staleVersion();
    const before = presentPilot((await findPilotView(tx, ctx, id))!);
    await deletePilotRow(tx, ctx, id);
    await recordAudit(tx, ctx, { action: 'pilot.deleted', entityType: 'pilot', entityId: id, before });
  });
}
