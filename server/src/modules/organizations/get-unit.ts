import type { TUnit } from '@domain/organization.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findUnitRow } from '@server/modules/organizations/units.repository';
import { presentUnit } from '@server/modules/organizations/organizations.presenters';

/** One unit of the caller's organisation; 404 for anything else, including other organisations' units. */
export async function getUnit(ctx: Ctx, id: string): Promise<TUnit> {
  const row = await inTenantRead(ctx, (tx) => findUnitRow(tx, ctx, id));
  if (!row) throw notFound('unit');
  return presentUnit(row);
}
