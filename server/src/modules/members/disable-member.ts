import type { TMember } from '@domain/members.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { deleteSessionsOfUser } from '@server/platform/auth/sessions';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { platformSetUserDisabled } from '@server/modules/users/users.platform';
import { requireHomeOrganization } from '@server/modules/members/account-guard';
import { findMemberRow, lockAdminMemberships, touchMembershipRow } from '@server/modules/members/members.repository';
import { auditedMember, presentMember } from '@server/modules/members/members.presenters';
import { lastAdmin, leavesNoAdmin, notYourself } from '@server/modules/members/members.policy';

/**
 * Disables a member's user account — everywhere, since users are global — and ends all her
 * sessions; only her home organisation may (ADR 0004), others disable the membership instead, so she is out at once and cannot log in. Administrators cannot disable themselves,
 * and the organisation keeps an enabled administrator. Disabling a disabled user changes nothing.
 */
export async function disableMember(ctx: Ctx, id: string): Promise<TMember> {
  const member = await inTenant(ctx, async (tx) => {
    const admins = await lockAdminMemberships(tx, ctx);
    const current = await findMemberRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('member');
    if (current.userId === ctx.actor.id) throw notYourself('disable');
    requireHomeOrganization(current);
    if (current.isDisabled) return current;
    if (leavesNoAdmin(admins, id, { roles: current.roles, isDisabled: true })) throw lastAdmin();
    await platformSetUserDisabled(tx, current.userId, true);
    await touchMembershipRow(tx, ctx, id, current.version);
    const row = (await findMemberRow(tx, ctx, id))!;
    await recordAudit(tx, ctx, { action: 'member.disabled', entityType: 'membership', entityId: id, before: auditedMember(current), after: auditedMember(row) });
    return row;
  });
  // After the commit: the disabled flag already stops her sessions; this removes them for good.
  await deleteSessionsOfUser(ctx.db, member.userId);
  return presentMember(member);
}
