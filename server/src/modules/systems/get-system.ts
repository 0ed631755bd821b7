import type { TSystem } from '@domain/systems.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findSystemRow } from '@server/modules/systems/systems.repository';
import { loadSystemView } from '@server/modules/systems/load-system';

/** One system of the caller's organisation (404 for another organisation's). */
export async function getSystem(ctx: Ctx, id: string): Promise<TSystem> {
  return inTenantRead(ctx, async (tx) => {
    const row = await findSystemRow(tx, ctx, id);
    if (!row) throw notFound('system');
    return loadSystemView(tx, ctx, row);
  });
}
