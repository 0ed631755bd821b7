import type { TFocusArea } from '@domain/organization.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findFocusAreaRows } from '@server/modules/organizations/focus-areas.repository';
import { presentFocusArea } from '@server/modules/organizations/organizations.presenters';

/** The organisation's own list of focus areas in its chosen order, archived ones flagged. */
export async function findFocusAreas(ctx: Ctx): Promise<TFocusArea[]> {
  const rows = await inTenantRead(ctx, (tx) => findFocusAreaRows(tx, ctx));
  return rows.map(presentFocusArea);
}
