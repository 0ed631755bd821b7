import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findNeedRow } from '@server/modules/needs/needs.repository';
import { deleteSupporter } from '@server/modules/needs/need-discussion.repository';

/** The actor no longer backs the need; withdrawing support she never gave changes nothing. */
export async function withdrawSupport(ctx: Ctx, needId: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const need = await findNeedRow(tx, ctx, needId);
    if (!need) throw notFound('need');
    authorize(ctx, 'need:support');
    if (await deleteSupporter(tx, ctx, needId)) {
      await recordAudit(tx, ctx, { action: 'need.support_withdrawn', entityType: 'need', entityId: needId, before: { userId: ctx.actor.id } });
    }
  });
}
