import type { TSystem, TSystemInput } from '@domain/systems.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findSystemRow, replaceSystemInitiatives, replaceSystemUnits, updateSystemRow } from '@server/modules/systems/systems.repository';
import { assertSystemReferences, assertSystemTextIsClean, systemValues, unique } from '@server/modules/systems/system-references';
import { loadSystemView } from '@server/modules/systems/load-system';

/** Saves the whole system form, if nobody saved since the user read it (If-Match). */
export async function updateSystem(ctx: Ctx, id: string, input: TSystemInput, expected: number): Promise<TSystem> {
  assertSystemTextIsClean(input);
  return inTenant(ctx, async (tx) => {
    const current = await findSystemRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('system');
    if (current.version !== expected) throw staleVersion();
    await assertSystemReferences(tx, ctx, input);
    const before = await loadSystemView(tx, ctx, current);
    const row = await updateSystemRow(tx, ctx, id, expected, systemValues(input));
    if (!row) throw staleVersion();
    await replaceSystemUnits(tx, ctx, id, unique(input.unitIds, (unitId) => unitId));
    await replaceSystemInitiatives(tx, ctx, id, unique(input.initiativeLinks, (link) => link.initiativeId));
    const after = await loadSystemView(tx, ctx, row);
    await recordAudit(tx, ctx, { action: 'system.updated', entityType: 'system', entityId: id, before, after });
    return after;
  });
}
