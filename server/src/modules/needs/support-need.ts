import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { canSupport } from '@server/modules/needs/needs.policy';
import { asNeedStatus } from '@server/modules/needs/needs.presenter';
import { findNeedRow } from '@server/modules/needs/needs.repository';
import { insertSupporter } from '@server/modules/needs/need-discussion.repository';

/**
 * "Jag har också detta behov": the actor backs a colleague's need. Doing it twice changes nothing;
 * the submitter cannot back her own need, and a merged need takes no support (it moved).
 */
export async function supportNeed(ctx: Ctx, needId: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const need = await findNeedRow(tx, ctx, needId);
    if (!need) throw notFound('need');
    authorize(ctx, 'need:support');
    if (!canSupport(ctx, { submittedBy: need.submittedBy, status: asNeedStatus(need.status) })) {
      throw new AppError('invalid_state', need.submittedBy === ctx.actor.id ? 'You submitted this need yourself.' : 'The need has been merged into another.');
    }
    if (await insertSupporter(tx, ctx, needId)) {
      await recordAudit(tx, ctx, { action: 'need.supported', entityType: 'need', entityId: needId, after: { userId: ctx.actor.id } });
    }
  });
}
