import { DOCUMENT_TEMPLATES } from '@domain/document-templates';
import type { DocumentKind } from '@domain/gate-facts';
import { DELETION_MARKER } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { appendInitiativeEvent } from '@server/modules/initiative-process/initiative-events';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { deleteDocumentRow, findDocument } from '@server/modules/documents/documents.repository';
import { eraseTextsFromAudit, stringsIn } from '@server/modules/redaction/redaction.repository';

/**
 * Deletes a document draft (issue 13 item 6), by those who may work the initiative. A completed
 * (färdigställt) document is a record of what was decided and answers 409: reopen it as a draft
 * first. The timeline and the audit event say which kind of document was deleted and by whom; the
 * draft's field texts become a marker in its earlier audit events (ADR 0005).
 */
export async function deleteDocument(ctx: Ctx, initiativeId: string, documentId: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    await loadEditableInitiative(tx, ctx, initiativeId);
    const row = await findDocument(tx, ctx, initiativeId, documentId, { forUpdate: true });
    if (!row) throw notFound('document');
    if (row.status === 'completed') {
      throw new AppError('conflict', 'A completed document cannot be deleted; reopen it as a draft first.', [{ path: 'status', code: 'completed', message: 'The document is completed.' }]);
    }
    const kind = row.kind as DocumentKind;
    await deleteDocumentRow(tx, ctx, documentId);
    await eraseTextsFromAudit(tx, documentId, stringsIn(row.fields), DELETION_MARKER);
    await appendInitiativeEvent(tx, ctx, initiativeId, 'document.deleted', { documentKind: kind, summary: `Utkastet ${DOCUMENT_TEMPLATES[kind].title} togs bort.` });
    await recordAudit(tx, ctx, { action: 'document.deleted', entityType: 'initiative_document', entityId: documentId, before: { id: documentId, initiativeId, kind } });
  });
}
