import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { authorize } from '@server/platform/auth/auth.plugin';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteInvitationRow, findPendingInvitationRow } from '@server/modules/members/members.repository';
import { presentInvitation } from '@server/modules/members/members.presenters';

/**
 * Withdraws a pending invitation, so it can no longer be accepted. Another organisation's is 404,
 * checked before the permission so a 403 never confirms that the invitation exists.
 */
export async function withdrawInvitation(ctx: Ctx, id: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const current = await findPendingInvitationRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('invitation');
    authorize(ctx, 'user:manage');
    await deleteInvitationRow(tx, ctx, id);
    await recordAudit(tx, ctx, { action: 'member.invitation_withdrawn', entityType: 'invitation', entityId: id, before: presentInvitation(current) });
  });
}
