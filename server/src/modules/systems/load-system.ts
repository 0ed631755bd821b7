import type { TSystem } from '@domain/systems.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { findSystemInitiativeLinks, findSystemTaskRows, findSystemUnits, type SystemRow } from '@server/modules/systems/systems.repository';
import { presentSystem } from '@server/modules/systems/present-system';

/** A system row with everything linked to it, as the API shows it (inside the caller's transaction). */
export async function loadSystemView(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, row: SystemRow): Promise<TSystem> {
  const [units, initiatives, tasks] = [
    await findSystemUnits(tx, ctx, row.id),
    await findSystemInitiativeLinks(tx, ctx, row.id),
    await findSystemTaskRows(tx, ctx, row.id),
  ];
  return presentSystem(row, { units, initiatives, tasks });
}
