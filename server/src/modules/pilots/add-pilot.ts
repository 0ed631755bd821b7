import { v7 as uuidv7 } from 'uuid';
import type { TPilot, TPilotInputParsed } from '@domain/pilots.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { findPilotView, insertPilotRow } from '@server/modules/pilots/pilots.repository';
import { assertPilotInput } from '@server/modules/pilots/pilot-input';
import { presentPilot } from '@server/modules/pilots/present-pilot';

/** Records a pilot or testbädd on an initiative, by those who may work the initiative. */
export async function addPilot(ctx: Ctx, initiativeId: string, input: TPilotInputParsed): Promise<TPilot> {
  return inTenant(ctx, async (tx) => {
    await loadEditableInitiative(tx, ctx, initiativeId);
    await assertPilotInput(tx, ctx, input);
    const id = uuidv7();
    await insertPilotRow(tx, ctx, id, initiativeId, input);
    const pilot = presentPilot((await findPilotView(tx, ctx, id))!);
    await recordAudit(tx, ctx, { action: 'pilot.created', entityType: 'pilot', entityId: id, after: pilot });
    return pilot;
  });
}
