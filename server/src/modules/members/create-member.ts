import { v7 as uuidv7 } from 'uuid';
import { emailDomainOf, type TCreateMemberRequest, type TCreateMemberResponse } from '@domain/members.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { generateOneTimePassword, hashPassword } from '@server/platform/auth/passwords';
import { AppError } from '@server/platform/errors';
import type { Tx } from '@server/platform/db/database';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { platformCreateUser, platformFindUserByEmailInTx } from '@server/modules/users/users.platform';
import { findMemberRow, hasMembership, insertMembershipRow, ownsEmailDomain } from '@server/modules/members/members.repository';
import { auditedMember, presentMember } from '@server/modules/members/members.presenters';
import { isPgError, PG_UNIQUE_VIOLATION } from '@server/modules/organizations/db-errors';
import { distinctRoles, domainNotOwned } from '@server/modules/members/members.policy';

const alreadyMember = () =>
  new AppError('conflict', 'The user is already a member of this organisation.', [{ path: 'body.email', code: 'already_member' }]);

/** Finds the user with the e-mail, or creates her with a fresh one-time password (returned in clear once). */
async function findOrCreateUser(tx: Tx, input: TCreateMemberRequest): Promise<{ userId: string; oneTimePassword?: string }> {
  const existing = await platformFindUserByEmailInTx(tx, input.email);
  if (existing) return { userId: existing.id };
  const oneTimePassword = generateOneTimePassword();
  const user = await platformCreateUser(tx, {
    id: uuidv7(),
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(oneTimePassword),
    mustChangePassword: true,
  });
  return { userId: user.id, oneTimePassword };
}

/**
 * Adds a member whose address is in one of the organisation's own e-mail domains (ADR 0004). A new
 * address creates the account with a one-time password that only this response carries (she must
 * choose her own at first login); an existing account — in an owned domain, so this
 * organisation's own person, e.g. removed earlier — gets a membership again and keeps her name
 * and password. Any other domain is refused before anything is looked up, so the answer says
 * nothing about accounts there: those people are invited instead.
 */
export async function createMember(ctx: Ctx, input: TCreateMemberRequest): Promise<TCreateMemberResponse> {
  try {
    return await inTenant(ctx, async (tx) => {
      if (!(await ownsEmailDomain(tx, ctx, emailDomainOf(input.email)))) throw domainNotOwned();
      const { userId, oneTimePassword } = await findOrCreateUser(tx, input);
      if (await hasMembership(tx, ctx, userId)) throw alreadyMember();
      const id = uuidv7();
      await insertMembershipRow(tx, ctx, { id, userId, roles: distinctRoles(input.roles) });
      const row = (await findMemberRow(tx, ctx, id))!;
      await recordAudit(tx, ctx, {
        action: 'member.created',
        entityType: 'membership',
        entityId: id,
        after: { ...auditedMember(row), isNewUser: oneTimePassword !== undefined },
      });
      return { ...presentMember(row), ...(oneTimePassword ? { oneTimePassword } : {}) };
    });
  } catch (error) {
    // A concurrent request created the same user or membership first.
    if (isPgError(error, PG_UNIQUE_VIOLATION)) throw alreadyMember();
    throw error;
  }
}
