import type { TMember } from '@domain/members.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findMemberRow, lockAdminMemberships, touchMembershipRow } from '@server/modules/members/members.repository';
import { auditedMember, presentMember } from '@server/modules/members/members.presenters';
import { lastAdmin, leavesNoAdmin, notYourself } from '@server/modules/members/members.policy';

/**
 * Disables a member's membership in this organisation only: her sessions here stop working at
 * their next request and she cannot switch back in, while her account and other memberships go
 * on. Any organisation may do this to its own memberships, whoever owns the account (ADR 0004).
 * Administrators cannot disable their own, and the organisation keeps an enabled administrator.
 */
export async function disableMembership(ctx: Ctx, id: string): Promise<TMember> {
  return inTenant(ctx, async (tx) => {
    const admins = await lockAdminMemberships(tx, ctx);
    const current = await findMemberRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('member');
    if (current.userId === ctx.actor.id) throw notYourself('disable');
    if (current.isMembershipDisabled) return presentMember(current);
    if (leavesNoAdmin(admins, id, { roles: current.roles, isDisabled: true })) throw lastAdmin();
    await touchMembershipRow(tx, ctx, id, current.version, undefined, true);
    const row = (await findMemberRow(tx, ctx, id))!;
    await recordAudit(tx, ctx, { action: 'member.membership_disabled', entityType: 'membership', entityId: id, before: auditedMember(current), after: auditedMember(row) });
    return presentMember(row);
  });
}
