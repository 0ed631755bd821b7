import type { TFocusArea } from '@domain/organization.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findFocusAreaRow } from '@server/modules/organizations/focus-areas.repository';
import { presentFocusArea } from '@server/modules/organizations/organizations.presenters';

/** One focus area of the caller's organisation; 404 for anything else. */
export async function getFocusArea(ctx: Ctx, id: string): Promise<TFocusArea> {
  const row = await inTenantRead(ctx, (tx) => findFocusAreaRow(tx, ctx, id));
  if (!row) throw notFound('focus area');
  return presentFocusArea(row);
}
