import type { TPilot, TPilotInputParsed } from '@domain/pilots.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { findPilotRow, findPilotView, updatePilotRow } from '@server/modules/pilots/pilots.repository';
import { assertPilotInput } from '@server/modules/pilots/pilot-input';
import { presentPilot } from '@server/modules/pilots/present-pilot';

/** Saves a pilot (e.g. its results afterwards) if nobody saved it since the user read it (If-Match). */
export async function updatePilot(ctx: Ctx, id: string, input: TPilotInputParsed, expected: number): Promise<TPilot> {
  return inTenant(ctx, async (tx) => {
    const current = await findPilotRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('pilot');
    await loadEditableInitiative(tx, ctx, current.initiativeId);
    if (current.version !== expected) throw staleVersion();
    await assertPilotInput(tx, ctx, input);
    const before = presentPilot((await findPilotView(tx, ctx, id))!);
    if (!(await updatePilotRow(tx, ctx, id, expected, input))) throw staleVersion();
    const after = presentPilot((await findPilotView(tx, ctx, id))!);
    await recordAudit(tx, ctx, { action: 'pilot.updated', entityType: 'pilot', entityId: id, before, after });
    return after;
  });
}
