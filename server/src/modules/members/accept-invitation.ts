import { v7 as uuidv7 } from 'uuid';
import type { Db } from '@server/platform/db/database';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { deleteInvitationRow, hasMembership, insertMembershipRow } from '@server/modules/members/members.repository';
import { presentInvitation } from '@server/modules/members/members.presenters';
import { onOwnInvitation, type Invited, type RequestInfo } from '@server/modules/members/own-invitation';

const choosePasswordFirst = () =>
  new AppError('invalid_state', 'Choose a password of your own before you accept an invitation.', [{ path: 'id', code: 'must_change_password' }]);

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

