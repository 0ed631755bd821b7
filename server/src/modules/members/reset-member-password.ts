import type { TResetPasswordResponse } from '@domain/members.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { generateOneTimePassword, hashPassword } from '@server/platform/auth/passwords';
import { deleteSessionsOfUser } from '@server/platform/auth/sessions';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { platformSetUserPassword } from '@server/modules/users/users.platform';
import { requireHomeOrganization } from '@server/modules/members/account-guard';
import { findMemberRow, touchMembershipRow } from '@server/modules/members/members.repository';
import { presentMember } from '@server/modules/members/members.presenters';
import { notYourself } from '@server/modules/members/members.policy';

/**
 * Gives a member who lost her password a new one-time password, returned in clear only here; she
 * must choose her own at next login, and all her sessions end. Only her home organisation may
 * (ADR 0004): no other organisation's administrator ever holds credentials for her account. Administrators change their own
 * password through the account page instead. The password never reaches the audit log.
 */
export async function resetMemberPassword(ctx: Ctx, id: string): Promise<TResetPasswordResponse> {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const member = await inTenant(ctx, async (tx) => {
    const current = await findMemberRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('member');
    if (current.userId === ctx.actor.id) throw notYourself('reset the password of');
    requireHomeOrganization(current);
    await platformSetUserPassword(tx, current.userId, passwordHash, true);
    await touchMembershipRow(tx, ctx, id, current.version);
    const row = (await findMemberRow(tx, ctx, id))!;
    await recordAudit(tx, ctx, {
      action: 'member.password_reset',
      entityType: 'membership',
      entityId: id,
      before: { mustChangePassword: current.mustChangePassword },
      after: { mustChangePassword: row.mustChangePassword },
    });
    return row;
  });
  await deleteSessionsOfUser(ctx.db, member.userId);
  return { ...presentMember(member), oneTimePassword };
}
