import { v7 as uuidv7 } from 'uuid';
import { emailDomainOf, type TCreateInvitationRequest, type TInvitation } from '@domain/members.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { platformFindUserByEmailInTx } from '@server/modules/users/users.platform';
import {
  deleteExpiredInvitationsOf,
  findPendingInvitationByEmail,
  hasMembership,
  insertInvitationRow,
  ownsEmailDomain,
} from '@server/modules/members/members.repository';
import { presentInvitation } from '@server/modules/members/members.presenters';
import { distinctRoles, domainOwned, INVITATION_DAYS } from '@server/modules/members/members.policy';
import { isPgError, PG_UNIQUE_VIOLATION } from '@server/modules/organizations/db-errors';

const alreadyInvited = () =>
  new AppError('conflict', 'The address already has a pending invitation. Withdraw it first to invite again.', [
    { path: 'body.email', code: 'already_invited' },
  ]);

const alreadyMember = () =>
  new AppError('conflict', 'The user is already a member of this organisation.', [{ path: 'body.email', code: 'already_member' }]);

/**
 * Invites the person behind an address in a domain the organisation does not own (ADR 0004): she
 * sees the invitation once logged in with a password of her own, and accepting it makes her a
 * member with these roles. The answer is the same whether or not an account with the address
 * exists — no name, no existence, no credentials. Only someone already a member here (whom the
 * administrator sees in her own list anyway) is refused.
 */
export async function inviteMember(ctx: Ctx, input: TCreateInvitationRequest): Promise<TInvitation> {
  try {
    return await inTenant(ctx, async (tx) => {
      if (await ownsEmailDomain(tx, ctx, emailDomainOf(input.email))) throw domainOwned();
      const user = await platformFindUserByEmailInTx(tx, input.email);
      if (user && (await hasMembership(tx, ctx, user.id))) throw alreadyMember();
      if (await findPendingInvitationByEmail(tx, ctx, input.email)) throw alreadyInvited();
      await deleteExpiredInvitationsOf(tx, ctx, input.email);
      const row = await insertInvitationRow(tx, ctx, {
        id: uuidv7(),
        email: input.email,
        roles: distinctRoles(input.roles),
        invitedBy: ctx.actor.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      });
      const invitation = presentInvitation(row);
      await recordAudit(tx, ctx, { action: 'member.invited', entityType: 'invitation', entityId: row.id, after: invitation });
      return invitation;
    });
  } catch (error) {
    // A concurrent request invited the same address first.
    if (isPgError(error, PG_UNIQUE_VIOLATION)) throw alreadyInvited();
    throw error;
  }
}
