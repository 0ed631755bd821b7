import { AppError, notFound } from '@server/platform/errors';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findOutboxStatus, requeueFailedMessage } from '@server/modules/email/outbox.repository';

/**
 * "Försök igen": the administrator puts a message the worker gave up on back in the queue (after the
 * address or the mail server is fixed). Only a failed message; two administrators pressing at once
 * requeue it once — the second is told it is no longer failed (409).
 */
export async function retryFailedEmail(ctx: Ctx, id: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const before = await findOutboxStatus(tx, ctx, id);
    // Found first: another organisation's message is 404 whatever the caller's roles, never a 403.
    if (!before) throw notFound('e-mail');
    authorize(ctx, 'organization:manage');
    const requeued = await requeueFailedMessage(tx, ctx, id);
    if (!requeued) throw new AppError('conflict', 'Only a message that failed can be sent again; this one is queued or already sent.', [{ path: 'status', code: 'not_failed' }]);
    await recordAudit(tx, ctx, {
      action: 'email.retried',
      entityType: 'email',
      entityId: id,
      before: { status: 'failed', lastError: before.lastError },
      after: { status: 'queued' },
    });
  });
}
