import { DELETION_MARKER } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteNotificationsOfNeed } from '@server/modules/notifications/notifications.repository';
import { canDeleteNeed, isDecided } from '@server/modules/needs/needs.policy';
import { asNeedStatus } from '@server/modules/needs/needs.presenter';
import { findNeedRow } from '@server/modules/needs/needs.repository';
import { deleteNeedRows, needDependants } from '@server/modules/needs/need-deletion.repository';
import { redactAuditText } from '@server/modules/needs/need-redaction.repository';

/**
 * Deletes a need that was never decided (issue 13 item 6), by its submitter or a coordinator.
 * A need something depends on (a decision, scores, an initiative, a plan item, a supplier demo, a
 * merged duplicate) answers 409 naming each kind. The audit event keeps only the need's id, number
 * and title; its problem and expected benefit are replaced by a marker in its earlier audit events,
 * because the text is gone from the database (ADR 0005).
 */
export async function deleteNeed(ctx: Ctx, id: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const row = await findNeedRow(tx, ctx, id, { forUpdate: true });
    if (!row) throw notFound('need');
    const status = asNeedStatus(row.status);
    const mayDeleteWhenOpen = canDeleteNeed(ctx, { submittedBy: row.submittedBy, status: 'submitted' });
    if (!mayDeleteWhenOpen) throw new AppError('forbidden', 'You may not delete this need.');
    const dependants = await needDependants(tx, ctx, id);
    if (isDecided(status) || status === 'parked' || status === 'merged' || dependants.length > 0 || !canDeleteNeed(ctx, { submittedBy: row.submittedBy, status })) {
      const issues = dependants.length > 0 ? dependants : [{ path: 'status', code: 'has_dependants', message: `The need is ${status}.` }];
      throw new AppError('conflict', 'Something depends on this need; it cannot be deleted.', issues);
    }
    await deleteNeedRows(tx, ctx, id);
    await deleteNotificationsOfNeed(tx, ctx, id);
    for (const text of [row.problem, row.expectedBenefit]) await redactAuditText(tx, id, text, DELETION_MARKER);
    await recordAudit(tx, ctx, { action: 'need.deleted', entityType: 'need', entityId: id, before: { id, number: row.number, title: row.title } });
  });
}
