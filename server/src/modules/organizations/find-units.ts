import type { TUnitTreeItem } from '@domain/organization.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findUnitRows } from '@server/modules/organizations/units.repository';
import { presentUnit } from '@server/modules/organizations/organizations.presenters';
import { orderAsTree } from '@server/modules/organizations/unit-tree';

/**
 * The organisationsträd as a flat list, parents before children with their depth, archived units
 * included (flagged) so old needs can still name their unit.
 */
export async function findUnits(ctx: Ctx): Promise<TUnitTreeItem[]> {
  const rows = await inTenantRead(ctx, (tx) => findUnitRows(tx, ctx));
  return orderAsTree(rows.map(presentUnit));
}
