import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES, ZAttachment, ZAttachmentList, ZInitiativeAttachmentParams, ZUploadAttachmentQuery } from '@domain/attachments.contracts';
import { AppError } from '@server/platform/errors';
import { sendDownload } from '@server/platform/http/download';
import { listAttachments } from '@server/modules/attachments/list-attachments';
import { uploadAttachment } from '@server/modules/attachments/upload-attachment';
import { downloadAttachment } from '@server/modules/attachments/download-attachment';
import { removeAttachment } from '@server/modules/attachments/delete-attachment';

const tags = ['Bilagor'];
const ZParams = z.object({ id: z.uuid() });
const UPLOAD_CONTENT_TYPE = 'application/octet-stream';

/**
 * Files attached to an initiative. The upload's body is the file itself (application/octet-stream,
 * name in the query): @fastify/multipart is not installed, and one file per request needs no
 * multipart. The raw parser and its 10 MB limit exist only inside this plugin; every other route
 * keeps the app's 256 kB JSON limit.
 */
export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(UPLOAD_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES }, (_req, body, done) => done(null, body));

  app.get(
    '/initiatives/:id/attachments',
    { schema: { tags, summary: 'The files attached to the initiative', params: ZParams, response: { 200: ZAttachmentList } } },
    async (req) => listAttachments(req.ctx, req.params.id),
  );

  app.post(
    '/initiatives/:id/attachments',
    {
      bodyLimit: ATTACHMENT_MAX_BYTES,
      schema: {
        tags,
        summary: 'Attach a file (body = the file as application/octet-stream, at most 10 MB; PDF, Word, Excel, PowerPoint, PNG, JPEG, text, CSV — told by content)',
        params: ZParams,
        querystring: ZUploadAttachmentQuery,
        response: { 201: ZAttachment },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('unsupported_media_type', `Send the file itself as ${UPLOAD_CONTENT_TYPE}.`);
      const attachment = await uploadAttachment(req.ctx, req.params.id, req.query.name, req.body);
      return reply.status(201).send(attachment);
    },
  );

  app.get(
    '/initiatives/:id/attachments/:attachmentId/content',
    { schema: { tags, summary: 'Download an attached file; audited', params: ZInitiativeAttachmentParams, response: { 200: z.string().meta({ format: 'binary' }) } } },
    async (req, reply) => {
      const file = await downloadAttachment(req.ctx, req.params.id, req.params.attachmentId);
      return sendDownload(reply, file.content, file.mediaType, file.fileName);
    },
  );

  app.delete(
    '/initiatives/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Remove an attached file', params: ZInitiativeAttachmentParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeAttachment(req.ctx, req.params.id, req.params.attachmentId);
      return reply.status(204).send(null);
    },
  );
};
