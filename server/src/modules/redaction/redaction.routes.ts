import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZRedactTextRequest, ZRedactTextResult } from '@domain/redaction.contracts';
import { redactText } from '@server/modules/redaction/redact-text';

const tags = ['Maskering'];

/** Masking personal data in the free text of lessons, systems, supplier demos and risks (ADR 0005). */
export const redactionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/redactions',
    { schema: { tags, summary: 'Mask one free-text field of a record, its audit copies included (text:redact)', body: ZRedactTextRequest, response: { 200: ZRedactTextResult } } },
    async (req) => redactText(req.ctx, req.body),
  );
};
