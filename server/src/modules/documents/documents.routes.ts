import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCreateDocumentRequest, ZDocument, ZDocumentList, ZInitiativeDocumentParams, ZUpdateDocumentRequest } from '@domain/documents.contracts';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { sendDownload } from '@server/platform/http/download';
import { DOCX_CONTENT_TYPE } from '@server/platform/docx/docx-document';
import { listDocuments } from '@server/modules/documents/list-documents';
import { createDocument } from '@server/modules/documents/create-document';
import { getDocument } from '@server/modules/documents/get-document';
import { updateDocument } from '@server/modules/documents/update-document';
import { downloadDocument } from '@server/modules/documents/download-document';
import { deleteDocument } from '@server/modules/documents/delete-document';

const tags = ['Dokument'];
const ZParams = z.object({ id: z.uuid() });
const ZDocxFile = z.string().meta({ description: 'A Word document (.docx).', format: 'binary' });

/** An initiative's structured documents (projektdirektiv, statusrapporter …) and their Word files. */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/initiatives/:id/documents',
    { schema: { tags, summary: 'The initiative’s documents (without fields)', params: ZParams, response: { 200: ZDocumentList } } },
    async (req) => listDocuments(req.ctx, req.params.id),
  );

  app.post(
    '/initiatives/:id/documents',
    { schema: { tags, summary: 'Start a document as a draft, prefilled from the initiative (only status reports may repeat)', params: ZParams, body: ZCreateDocumentRequest, response: { 201: ZDocument } } },
    async (req, reply) => {
      const document = await createDocument(req.ctx, req.params.id, req.body.kind);
      sendEtag(reply, document.version);
      return reply.status(201).send(document);
    },
  );

  app.get(
    '/initiatives/:id/documents/:documentId',
    { schema: { tags, summary: 'One document with its fields; ETag = its version', params: ZInitiativeDocumentParams, response: { 200: ZDocument } } },
    async (req, reply) => {
      const document = await getDocument(req.ctx, req.params.id, req.params.documentId);
      sendEtag(reply, document.version);
      return document;
    },
  );

  app.put(
    '/initiatives/:id/documents/:documentId',
    { schema: { tags, summary: 'Save a document as draft or completed (If-Match = its version)', params: ZInitiativeDocumentParams, body: ZUpdateDocumentRequest, response: { 200: ZDocument } } },
    async (req, reply) => {
      const document = await updateDocument(req.ctx, req.params.id, req.params.documentId, expectedVersion(req), req.body);
      sendEtag(reply, document.version);
      return document;
    },
  );

  app.delete(
    '/initiatives/:id/documents/:documentId',
    { schema: { tags, summary: 'Delete a document draft (after a confirmation); a completed document answers 409', params: ZInitiativeDocumentParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await deleteDocument(req.ctx, req.params.id, req.params.documentId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/initiatives/:id/documents/:documentId/docx',
    { schema: { tags, summary: 'The document as a Word file (.docx); audited', params: ZInitiativeDocumentParams, produces: [DOCX_CONTENT_TYPE], response: { 200: ZDocxFile } } },
    async (req, reply) => {
      const file = await downloadDocument(req.ctx, req.params.id, req.params.documentId);
      return sendDownload(reply, file.content, file.mediaType, file.fileName);
    },
  );
};
