import type { TOrganization } from '@domain/organization.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findOrganizationRow } from '@server/modules/organizations/organizations.repository';
import { presentOrganization } from '@server/modules/organizations/organizations.presenters';

/** The current organisation (from the session, never the URL), readable by every member. */
export async function getOrganization(ctx: Ctx): Promise<TOrganization> {
  const row = await inTenantRead(ctx, (tx) => findOrganizationRow(tx, ctx));
  if (!row) throw notFound('organisation');
  return presentOrganization(row);
}
