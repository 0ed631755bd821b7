import { DOCUMENT_TEMPLATES, prefillDocument } from '@domain/document-templates';
import type { DocumentKind } from '@domain/gate-facts';
import type { TDocument } from '@domain/documents.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { appendInitiativeEvent } from '@server/modules/initiative-process/initiative-events';
import { AppError } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { hasDocumentOfKind, insertDocument } from '@server/modules/documents/documents.repository';
import { loadPrefillFacts } from '@server/modules/documents/document-prefill';
import { presentDocument } from '@server/modules/documents/present-document';

/**
 * Starts a document of `kind` as a draft, prefilled from the initiative. Only status reports may
 * exist several times; a second projektdirektiv is 409 (edit the one there is).
 */
export async function createDocument(ctx: Ctx, initiativeId: string, kind: DocumentKind): Promise<TDocument> {
  return inTenant(ctx, async (tx) => {
    const initiative = await loadEditableInitiative(tx, ctx, initiativeId);
    if (!DOCUMENT_TEMPLATES[kind].many && (await hasDocumentOfKind(tx, ctx, initiativeId, kind))) {
      throw new AppError('conflict', 'The initiative already has this document; open it instead.');
    }
    const fields = prefillDocument(kind, await loadPrefillFacts(tx, ctx, initiative));
    const row = await insertDocument(tx, ctx, initiativeId, kind, fields);
    await appendInitiativeEvent(tx, ctx, initiativeId, 'document.created', { documentKind: kind, summary: `${DOCUMENT_TEMPLATES[kind].title} påbörjades.` });
    await recordAudit(tx, ctx, { action: 'document.created', entityType: 'initiative_document', entityId: row.id, after: { initiativeId, kind, fields } });
    return presentDocument(row, true);
  });
}
