import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteMembershipRow, findMemberRow, lockAdminMemberships } from '@server/modules/members/members.repository';
import { auditedMember } from '@server/modules/members/members.presenters';
import { lastAdmin, leavesNoAdmin, notYourself } from '@server/modules/members/members.policy';

/**
 * Ends a user's membership in this organisation only: the user, her other memberships and what
 * she wrote here stay. Her open sessions here lose the organisation at their next request.
 * Administrators cannot remove themselves, and the organisation keeps an enabled administrator.
 */
export async function removeMember(ctx: Ctx, id: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const admins = await lockAdminMemberships(tx, ctx);
    const current = await findMemberRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('member');
    if (current.userId === ctx.actor.id) throw notYourself('remove');
    if (leavesNoAdmin(admins, id, { roles: null, isDisabled: current.isDisabled })) throw lastAdmin();
    await deleteMembershipRow(tx, ctx, id);
    await recordAudit(tx, ctx, { action: 'member.removed', entityType: 'membership', entityId: id, before: auditedMember(current) });
  });
}
