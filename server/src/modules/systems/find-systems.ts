import type { TSystemSummary } from '@domain/systems.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { countDoneTasks, findSystemRows } from '@server/modules/systems/systems.repository';
import { presentSystemSummary } from '@server/modules/systems/present-system';

/** The system list by name; with `initiativeId`, only the systems that initiative introduced or changed. */
export async function findSystems(ctx: Ctx, options: { initiativeId?: string } = {}): Promise<TSystemSummary[]> {
  return inTenantRead(ctx, async (tx) => {
    const rows = await findSystemRows(tx, ctx, options);
    const done = await countDoneTasks(tx, ctx);
    return rows.map((row) => presentSystemSummary(row, done.get(row.id) ?? 0));
  });
}
