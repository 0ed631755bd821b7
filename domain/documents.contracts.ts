import { z } from 'zod';
import { DOCUMENT_KINDS } from '@domain/gate-facts';

export const ZDocumentKind = z.enum(DOCUMENT_KINDS);
export const DOCUMENT_STATUSES = ['draft', 'completed'] as const;
export const ZDocumentStatus = z.enum(DOCUMENT_STATUSES);

/** Field values keyed by the template's field keys; unknown keys are refused by the use case. */
export const ZDocumentFields = z.record(z.string().max(60), z.string().max(10_000));

export const ZCreateDocumentRequest = z.object({ kind: ZDocumentKind });
export const ZUpdateDocumentRequest = z.object({ fields: ZDocumentFields, status: ZDocumentStatus });
export type TUpdateDocumentRequest = z.infer<typeof ZUpdateDocumentRequest>;

export const ZDocumentSummary = z
  .object({
    id: z.uuid(),
    kind: ZDocumentKind,
    title: z.string(),
    status: ZDocumentStatus,
    version: z.number().int(),
    updatedBy: z.string(),
    updatedAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'DocumentSummary' });
export type TDocumentSummary = z.infer<typeof ZDocumentSummary>;

export const ZDocument = ZDocumentSummary.extend({ initiativeId: z.uuid(), fields: ZDocumentFields, canEdit: z.boolean() }).meta({ id: 'Document' });
export type TDocument = z.infer<typeof ZDocument>;

export const ZDocumentList = z.object({ items: z.array(ZDocumentSummary), canEdit: z.boolean() }).meta({ id: 'DocumentList' });
export type TDocumentList = z.infer<typeof ZDocumentList>;

export const ZInitiativeDocumentParams = z.object({ id: z.uuid(), documentId: z.uuid() });
