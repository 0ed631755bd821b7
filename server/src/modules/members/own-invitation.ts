import type { Db, Tx } from '@server/platform/db/database';
import type { Principal } from '@server/platform/auth/sessions';
import { notFound } from '@server/platform/errors';
import { inTenant } from '@server/platform/tenancy/context';
import { platformFindInvitationsForEmail } from '@server/modules/users/users.platform';
import { findPendingInvitationRow, type InvitationRow } from '@server/modules/members/members.repository';

/** Where the person's request came from, for the audit log. */
export type RequestInfo = { requestId: string; ip: string };
/** The logged-in person answering an invitation addressed to her. */
export type Invited = Pick<Principal, 'userId' | 'email' | 'name' | 'mustChangePassword'>;
/** The context an answer is audited under: the person herself, in the inviting organisation. */
export type InvitedCtx = { db: Db; organizationId: string; actor: { id: string; name: string; email: string }; requestId: string; ip: string };

/**
 * Runs `fn` in the inviting organisation's tenant transaction on the person's own unexpired
 * invitation, locked; anything else — someone else's invitation, a withdrawn, answered or expired
 * one — is 404. Found across organisations first (she is not a member there yet), then re-read
 * under row-level security with the address checked again.
 */
export async function onOwnInvitation<T>(
  db: Db,
  person: Invited,
  id: string,
  info: RequestInfo,
  fn: (tx: Tx, ctx: InvitedCtx, invitation: InvitationRow) => Promise<T>,
): Promise<T> {
  const invitation = (await platformFindInvitationsForEmail(db, person.email)).find((candidate) => candidate.id === id);
  if (!invitation) throw notFound('invitation');
  const ctx: InvitedCtx = { db, organizationId: invitation.organizationId, actor: { id: person.userId, name: person.name, email: person.email }, ...info };
  return inTenant(ctx, async (tx) => {
    const current = await findPendingInvitationRow(tx, ctx, id, { lock: true });
    if (!current || current.email.toLowerCase() !== person.email.toLowerCase()) throw notFound('invitation');
    return fn(tx, ctx, current);
  });
}

