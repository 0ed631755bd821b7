import { DOCUMENT_TEMPLATES } from '@domain/document-templates';
import type { DocumentKind } from '@domain/gate-facts';
import type { TDocument, TDocumentSummary } from '@domain/documents.contracts';
import type { DocumentRow } from '@server/modules/documents/documents.repository';

/** "Statusrapport 2026 v. 10–12" for a report with a period, else the template's title. */
export function documentTitle(kind: DocumentKind, fields: Record<string, string>): string {
  const title = DOCUMENT_TEMPLATES[kind].title;
  return kind === 'status_report' && fields.period?.trim() ? `${title} ${fields.period.trim()}` : title;
}

export function presentDocumentSummary(row: DocumentRow): TDocumentSummary {
  const kind = row.kind as DocumentKind;
  return {
    id: row.id,
    kind,
    title: documentTitle(kind, row.fields),
    status: row.status as 'draft' | 'completed',
    version: row.version,
    updatedBy: row.updatedByName,
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

export function presentDocument(row: DocumentRow, canEdit: boolean): TDocument {
  return { ...presentDocumentSummary(row), initiativeId: row.initiativeId, fields: row.fields, canEdit };
}
