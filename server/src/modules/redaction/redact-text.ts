import { REDACTION_MARKER } from '@domain/needs.contracts';
import type { TRedactTextRequest, TRedactTextResult } from '@domain/redaction.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { REDACTABLE_TEXT_SOURCES } from '@server/modules/redaction/redactable-texts';
import { eraseTextsFromAudit, findRedactableText, writeRedactedText } from '@server/modules/redaction/redaction.repository';

/**
 * Masks personal data in one free-text field of a lesson, a system, a supplier demo or a risk
 * (GDPR art. 17, ADR 0005): the field becomes the redaction marker and so does every copy of the
 * erased text in the record's audit events, in one transaction. The redaction's own audit event
 * says who and why, never the text. Another organisation's record is 404; without `text:redact`
 * 403. No If-Match: erasing must not wait for a form someone left open.
 */
export async function redactText(ctx: Ctx, input: TRedactTextRequest): Promise<TRedactTextResult> {
  return inTenant(ctx, async (tx) => {
    const current = await findRedactableText(tx, ctx, input.kind, input.id, input.field);
    if (!current) throw notFound(REDACTABLE_TEXT_SOURCES[input.kind].entityType);
    authorize(ctx, 'text:redact');
    if (current.text === REDACTION_MARKER || current.text.trim() === '') return { kind: input.kind, id: input.id, field: input.field, version: current.version };
    const version = await writeRedactedText(tx, ctx, input.kind, input.id, input.field, REDACTION_MARKER);
    await eraseTextsFromAudit(tx, input.id, [current.text], REDACTION_MARKER);
    const { entityType } = REDACTABLE_TEXT_SOURCES[input.kind];
    await recordAudit(tx, ctx, { action: 'text.redacted', entityType, entityId: input.id, after: { field: input.field, reason: input.reason } });
    return { kind: input.kind, id: input.id, field: input.field, version };
  });
}
