import { DELETION_MARKER } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { canDeleteComment } from '@server/modules/needs/needs.policy';
import { findNeedRow } from '@server/modules/needs/needs.repository';
import { deleteCommentRow, entitiesThatAuditedComment, findComment, redactAuditText } from '@server/modules/needs/need-redaction.repository';

/**
 * Deletes a comment, by its author or a coordinator (issue 13 item 6). The audit event records
 * who deleted which comment and when, nothing of its body; the body's earlier copies in the audit
 * log become a marker, because the text is gone from the database (ADR 0005).
 */
export async function deleteComment(ctx: Ctx, needId: string, commentId: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const need = await findNeedRow(tx, ctx, needId);
    if (!need) throw notFound('need');
    const comment = await findComment(tx, ctx, needId, commentId);
    if (!comment) throw notFound('comment');
    if (!canDeleteComment(ctx, comment)) throw new AppError('forbidden', 'You may delete only your own comments.');
    const entities = new Set([needId, commentId, ...(await entitiesThatAuditedComment(tx, ctx, commentId))]);
    await deleteCommentRow(tx, ctx, commentId);
    for (const entityId of entities) await redactAuditText(tx, entityId, comment.body, DELETION_MARKER);
    await recordAudit(tx, ctx, { action: 'need.comment_deleted', entityType: 'need', entityId: needId, before: { commentId, authorId: comment.authorId } });
  });
}
