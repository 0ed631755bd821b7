import type { TAddNeedCommentRequest, TNeedComment } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { notifyUser } from '@server/modules/notifications/notify';
import { guardPersonalData, recordConfirmedWarnings } from '@server/modules/needs/guard-personal-data';
import { canComment } from '@server/modules/needs/needs.policy';
import { asNeedStatus, presentComment } from '@server/modules/needs/needs.presenter';
import { findNeedRow } from '@server/modules/needs/needs.repository';
import { insertComment } from '@server/modules/needs/need-discussion.repository';

/**
 * Adds a comment to a need (checked for personnummer first) and tells the submitter in-app,
 * unless she wrote it herself. A merged need takes no comments: its discussion moved on.
 */
export async function addComment(ctx: Ctx, needId: string, input: TAddNeedCommentRequest): Promise<TNeedComment> {
  return inTenant(ctx, async (tx) => {
    const need = await findNeedRow(tx, ctx, needId);
    if (!need) throw notFound('need');
    authorize(ctx, 'need:comment');
    if (!canComment(ctx, { submittedBy: need.submittedBy, status: asNeedStatus(need.status) })) {
      throw new AppError('invalid_state', 'The need has been merged into another; comment there.');
    }
    const confirmed = guardPersonalData(ctx, { body: input.body });
    const comment = await insertComment(tx, ctx, needId, input.body);
    await notifyUser(tx, ctx, {
      userId: need.submittedBy,
      kind: 'need_commented',
      needId,
      params: { needNumber: need.number, needTitle: need.title, authorName: ctx.actor.name },
    });
    await recordAudit(tx, ctx, { action: 'need.commented', entityType: 'need', entityId: needId, after: { commentId: comment.id, body: comment.body } });
    await recordConfirmedWarnings(tx, ctx, confirmed, { entityType: 'need', entityId: needId });
    return presentComment(comment);
  });
}
