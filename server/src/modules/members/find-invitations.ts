import type { TInvitationList } from '@domain/members.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findPendingInvitationRows } from '@server/modules/members/members.repository';
import { presentInvitation } from '@server/modules/members/members.presenters';

/** The organisation's unexpired invitations, newest first, for its administrators. */
export async function findInvitations(ctx: Ctx): Promise<TInvitationList> {
  const rows = await inTenantRead(ctx, (tx) => findPendingInvitationRows(tx, ctx));
  return { items: rows.map(presentInvitation) };
}
