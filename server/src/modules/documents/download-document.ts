import { recordAudit } from '@server/platform/audit/audit';
import { DOCX_CONTENT_TYPE } from '@server/platform/docx/docx-document';
import { fileNamePart } from '@server/platform/http/download';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import type { DocumentKind } from '@domain/gate-facts';
import { findOrganizationRow } from '@server/modules/organizations/organizations.repository';
import { loadReadableInitiative } from '@server/modules/initiative-access/load-initiative';
import { findDocument } from '@server/modules/documents/documents.repository';
import { documentTitle } from '@server/modules/documents/present-document';
import { documentDocx, type DocumentDocxInput } from '@server/modules/documents/document-docx';

/** A document as a .docx download; audited like every file that leaves Digiplan. */
export async function downloadDocument(ctx: Ctx, initiativeId: string, documentId: string): Promise<{ content: Buffer; mediaType: string; fileName: string }> {
  const input = await inTenant(ctx, async (tx): Promise<DocumentDocxInput> => {
    const initiative = await loadReadableInitiative(tx, ctx, initiativeId);
    const row = await findDocument(tx, ctx, initiativeId, documentId);
    if (!row) throw notFound('document');
    const organization = await findOrganizationRow(tx, ctx);
    await recordAudit(tx, ctx, { action: 'document.downloaded', entityType: 'initiative_document', entityId: documentId, after: { version: row.version } });
    return {
      organizationName: organization?.name ?? '',
      initiative,
      kind: row.kind as DocumentKind,
      fields: row.fields,
      status: row.status as 'draft' | 'completed',
      updatedAt: row.updatedAt,
      updatedBy: row.updatedByName,
    };
  });
  const fileName = `${fileNamePart(documentTitle(input.kind, input.fields))}-${fileNamePart(input.initiative.title)}.docx`;
  return { content: await documentDocx(input), mediaType: DOCX_CONTENT_TYPE, fileName };
}
