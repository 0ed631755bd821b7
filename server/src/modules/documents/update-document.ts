import { DOCUMENT_TEMPLATES, fieldKeysOf } from '@domain/document-templates';
import type { DocumentKind } from '@domain/gate-facts';
import type { TDocument, TUpdateDocumentRequest } from '@domain/documents.contracts';
import type { TFieldIssue } from '@domain/problem';
import { recordAudit } from '@server/platform/audit/audit';
import { appendInitiativeEvent } from '@server/modules/initiative-process/initiative-events';
import { staleVersion } from '@server/platform/http/etag';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { findDocument, updateDocumentVersioned } from '@server/modules/documents/documents.repository';
import { presentDocument } from '@server/modules/documents/present-document';

/** Refuses fields the template does not have, and choice/date values outside what the field allows. */
function fieldIssues(kind: DocumentKind, fields: Record<string, string>): TFieldIssue[] {
  const template = DOCUMENT_TEMPLATES[kind];
  const issues: TFieldIssue[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const field = template.fields.find((f) => f.key === key);
    if (!field) issues.push({ path: `body.fields.${key}`, code: 'unrecognized_keys' });
    else if (field.type === 'choice' && value !== '' && !field.options?.includes(value)) issues.push({ path: `body.fields.${key}`, code: 'invalid_value' });
    else if (field.type === 'date' && value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) issues.push({ path: `body.fields.${key}`, code: 'invalid_format' });
  }
  return issues;
}

/**
 * Saves a document's fields as a draft or marks it färdigställd (completed). Missing fields are
 * kept empty; a completed document can be reopened as a draft (the audit shows it).
 */
export async function updateDocument(ctx: Ctx, initiativeId: string, documentId: string, expectedVersion: number, input: TUpdateDocumentRequest): Promise<TDocument> {
  return inTenant(ctx, async (tx) => {
    await loadEditableInitiative(tx, ctx, initiativeId);
    const before = await findDocument(tx, ctx, initiativeId, documentId, { forUpdate: true });
    if (!before) throw notFound('document');
    if (before.version !== expectedVersion) throw staleVersion();
    const kind = before.kind as DocumentKind;
    const issues = fieldIssues(kind, input.fields);
    if (issues.length > 0) throw new AppError('validation_failed', 'The document has fields its template does not allow.', issues);
    assertNoPersonalData(Object.fromEntries(Object.entries(input.fields).map(([key, value]) => [`fields.${key}`, value])));
    const fields = Object.fromEntries(fieldKeysOf(kind).map((key) => [key, input.fields[key]?.trim() ?? '']));
    const completedAt = input.status === 'completed' ? (before.completedAt ?? new Date()) : null;
    const after = await updateDocumentVersioned(tx, ctx, documentId, expectedVersion, { fields, status: input.status, completedAt });
    if (!after) throw staleVersion();
    if (input.status === 'completed' && before.status !== 'completed') {
      await appendInitiativeEvent(tx, ctx, initiativeId, 'document.completed', { documentKind: kind, summary: `${DOCUMENT_TEMPLATES[kind].title} färdigställdes.` });
    }
    await recordAudit(tx, ctx, {
      action: input.status === 'completed' && before.status !== 'completed' ? 'document.completed' : 'document.updated',
      entityType: 'initiative_document',
      entityId: documentId,
      before: { status: before.status, fields: before.fields },
      after: { status: after.status, fields: after.fields },
    });
    return presentDocument(after, true);
  });
}
