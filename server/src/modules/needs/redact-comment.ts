import { REDACTION_MARKER, type TNeedComment, type TRedactCommentRequest } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { canRedact } from '@server/modules/needs/needs.policy';
import { presentComment } from '@server/modules/needs/needs.presenter';
import { findNeedRow } from '@server/modules/needs/needs.repository';
import { entitiesThatAuditedComment, findComment, redactAuditText, setCommentBody } from '@server/modules/needs/need-redaction.repository';

/**
 * Masks personal data in a comment (GDPR art. 17): its body becomes the redaction marker, and the
 * body's copies in the audit log (of the need it was written on, and of a need it was merged away
 * from) become the marker in the same transaction. The redaction's own audit event says who and
 * why, never the erased text (ADR 0005).
 */
export async function redactComment(ctx: Ctx, needId: string, commentId: string, input: TRedactCommentRequest): Promise<TNeedComment> {
  return inTenant(ctx, async (tx) => {
    const need = await findNeedRow(tx, ctx, needId);
    if (!need) throw notFound('need');
    const comment = await findComment(tx, ctx, needId, commentId);
    if (!comment) throw notFound('comment');
    if (!canRedact(ctx)) throw new AppError('forbidden', 'Only the utvecklingsledare may mask personal data.');
    if (comment.body !== REDACTION_MARKER) {
      await setCommentBody(tx, ctx, commentId, REDACTION_MARKER);
      const entities = new Set([needId, commentId, ...(await entitiesThatAuditedComment(tx, ctx, commentId))]);
      for (const entityId of entities) await redactAuditText(tx, entityId, comment.body, REDACTION_MARKER);
      await recordAudit(tx, ctx, { action: 'need.comment_redacted', entityType: 'need', entityId: needId, after: { commentId, reason: input.reason } });
    }
    return presentComment({ ...comment, body: REDACTION_MARKER });
  });
}
