import { v7 as uuidv7 } from 'uuid';
import type { TSystem, TSystemInput } from '@domain/systems.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { insertSystemRow, replaceSystemInitiatives, replaceSystemUnits } from '@server/modules/systems/systems.repository';
import { assertSystemReferences, assertSystemTextIsClean, systemValues, unique } from '@server/modules/systems/system-references';
import { loadSystemView } from '@server/modules/systems/load-system';

/** Adds a system to the system list with its units and the initiatives that introduced it. */
export async function createSystem(ctx: Ctx, input: TSystemInput): Promise<TSystem> {
  assertSystemTextIsClean(input);
  return inTenant(ctx, async (tx) => {
    await assertSystemReferences(tx, ctx, input);
    const row = await insertSystemRow(tx, ctx, uuidv7(), systemValues(input));
    await replaceSystemUnits(tx, ctx, row.id, unique(input.unitIds, (id) => id));
    await replaceSystemInitiatives(tx, ctx, row.id, unique(input.initiativeLinks, (link) => link.initiativeId));
    const after = await loadSystemView(tx, ctx, row);
    await recordAudit(tx, ctx, { action: 'system.created', entityType: 'system', entityId: row.id, after });
    return after;
  });
}
