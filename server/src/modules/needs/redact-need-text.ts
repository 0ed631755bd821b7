import { REDACTION_MARKER, type TRedactNeedRequest } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { redactDecisionSnapshots } from '@server/modules/decisions/decisions.repository';
import { redactOutboxOfNeed } from '@server/modules/email/redact-outbox';
import { redactNotificationsOfNeed } from '@server/modules/notifications/notifications.repository';
import { canRedact } from '@server/modules/needs/needs.policy';
import { findNeedRow, findNeedView, type NeedView } from '@server/modules/needs/needs.repository';
import { redactAuditText, setNeedText } from '@server/modules/needs/need-redaction.repository';

/**
 * Masks personal data that slipped into a text field of a need (GDPR art. 17): the field becomes
 * the redaction marker, and every copy of the erased text in the need's audit events, its
 * notifications, its e-mails and its decision snapshots becomes the marker too, all in one transaction. The
 * audit event of the redaction records who and why, never the erased text (ADR 0005). No If-Match:
 * erasing personal data must not wait for a form someone left open.
 */
export async function redactNeedText(ctx: Ctx, id: string, input: TRedactNeedRequest): Promise<NeedView> {
  return inTenant(ctx, async (tx) => {
    const row = await findNeedRow(tx, ctx, id, { forUpdate: true });
    if (!row) throw notFound('need');
    if (!canRedact(ctx)) throw new AppError('forbidden', 'Only the utvecklingsledare may mask personal data.');
    const erased = row[input.field];
    if (erased !== REDACTION_MARKER) {
      await setNeedText(tx, ctx, id, input.field, REDACTION_MARKER);
      await redactAuditText(tx, id, erased, REDACTION_MARKER);
      await redactNotificationsOfNeed(tx, ctx, id, erased, REDACTION_MARKER);
      await redactDecisionSnapshots(tx, ctx, id, erased, REDACTION_MARKER);
      await redactOutboxOfNeed(tx, ctx, id, erased, REDACTION_MARKER);
      await recordAudit(tx, ctx, { action: 'need.redacted', entityType: 'need', entityId: id, after: { field: input.field, reason: input.reason } });
    }
    return (await findNeedView(tx, ctx, id))!;
  });
}
