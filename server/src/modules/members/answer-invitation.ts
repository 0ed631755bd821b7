import { v7 as uuidv7 } from 'uuid';
import type { Db, Tx } from '@server/platform/db/database';
import type { Principal } from '@server/platform/auth/sessions';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant } from '@server/platform/tenancy/context';
import { platformFindInvitationsForEmail } from '@server/modules/users/users.platform';
import { deleteInvitationRow, findPendingInvitationRow, hasMembership, insertMembershipRow, type InvitationRow } from '@server/modules/members/members.repository';
import { presentInvitation } from '@server/modules/members/members.presenters';

type RequestInfo = { requestId: string; ip: string };
type Invited = Pick<Principal, 'userId' | 'email' | 'name' | 'mustChangePassword'>;
type InvitedCtx = { db: Db; organizationId: string; actor: { id: string; name: string; email: string }; requestId: string; ip: string };

const choosePasswordFirst = () =>
  new AppError('invalid_state', 'Choose a password of your own before you accept an invitation.', [{ path: 'id', code: 'must_change_password' }]);

/**
 * Runs `fn` in the inviting organisation's tenant transaction on the person's own unexpired
 * invitation, locked; anything else — someone else's invitation, a withdrawn, answered or expired
 * one — is 404. Found across organisations first (she is not a member there yet), then re-read
 * under row-level security with the address checked again.
 */
async function onOwnInvitation<T>(
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

/**
 * Accepts the logged-in person's invitation: she becomes a member of the inviting organisation
 * with exactly the invited roles. Only with a password she chose herself — an account still on a
 * one-time password (which some administrator has seen) cannot accept (ADR 0004).
 */
export async function acceptInvitation(db: Db, person: Invited, id: string, info: RequestInfo): Promise<{ organizationId: string }> {
  if (person.mustChangePassword) throw choosePasswordFirst();
  return onOwnInvitation(db, person, id, info, async (tx, ctx, invitation) => {
    if (await hasMembership(tx, ctx, person.userId)) {
      throw new AppError('conflict', 'You are already a member of the organisation.', [{ path: 'id', code: 'already_member' }]);
    }
    const membershipId = uuidv7();
    await insertMembershipRow(tx, ctx, { id: membershipId, userId: person.userId, roles: invitation.roles });
    await deleteInvitationRow(tx, ctx, id);
    await recordAudit(tx, ctx, {
      action: 'member.invitation_accepted',
      entityType: 'membership',
      entityId: membershipId,
      before: presentInvitation(invitation),
      after: { userId: person.userId, email: person.email, name: person.name, roles: invitation.roles },
    });
    return { organizationId: ctx.organizationId };
  });
}

/** Declines the logged-in person's invitation; the inviting organisation's audit log says so. */
export async function declineInvitation(db: Db, person: Invited, id: string, info: RequestInfo): Promise<void> {
  await onOwnInvitation(db, person, id, info, async (tx, ctx, invitation) => {
    await deleteInvitationRow(tx, ctx, id);
    await recordAudit(tx, ctx, { action: 'member.invitation_declined', entityType: 'invitation', entityId: id, before: presentInvitation(invitation) });
  });
}
