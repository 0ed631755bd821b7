import type { TMyInvitationList } from '@domain/members.contracts';
import type { Db } from '@server/platform/db/database';
import type { Principal } from '@server/platform/auth/sessions';
import { platformFindInvitationsForEmail } from '@server/modules/users/users.platform';

/**
 * The logged-in person's pending invitations from every organisation, by organisation name and
 * roles. An account still on its one-time password sees them too, but cannot accept yet.
 */
export async function findMyInvitations(db: Db, principal: Pick<Principal, 'email'>): Promise<TMyInvitationList> {
  const rows = await platformFindInvitationsForEmail(db, principal.email);
  return {
    items: rows.map((row) => ({
      id: row.id,
      organizationName: row.organizationName,
      roles: row.roles,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
    })),
  };
}
