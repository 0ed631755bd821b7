import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZClassificationInput, ZClassificationLabels, ZClassificationView, ZLevelLabels, ZRequirementsExportQuery } from '@domain/information-classification.contracts';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { sendDownload } from '@server/platform/http/download';
import { XLSX_CONTENT_TYPE } from '@server/platform/http/xlsx';
import { DOCX_CONTENT_TYPE } from '@server/platform/docx/docx-document';
import { getInitiativeClassification } from '@server/modules/classification/get-initiative-classification';
import { classifyInitiative } from '@server/modules/classification/classify-initiative';
import { exportRequirements } from '@server/modules/classification/export-requirements';
import { getLevelLabels } from '@server/modules/classification/get-level-labels';
import { updateLevelLabels } from '@server/modules/classification/update-level-labels';

const tags = ['Informationsklassning'];
const ZParams = z.object({ id: z.uuid() });
const ZFile = z.string().meta({ description: 'A Word (.docx) or Excel (.xlsx) file.', format: 'binary' });

/** Information classification (KLASSA-style) of initiatives, its requirements and the level names. */
export const classificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/initiatives/:id/classification',
    { schema: { tags, summary: 'The initiative’s classification, history and security requirements; ETag = number of classifications', params: ZParams, response: { 200: ZClassificationView } } },
    async (req, reply) => {
      const view = await getInitiativeClassification(req.ctx, req.params.id);
      sendEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/initiatives/:id/classification',
    { schema: { tags, summary: 'Classify again; the earlier classification stays as history (If-Match = number of classifications)', params: ZParams, body: ZClassificationInput, response: { 201: ZClassificationView } } },
    async (req, reply) => {
      const view = await classifyInitiative(req.ctx, req.params.id, expectedVersion(req), req.body);
      sendEtag(reply, view.version);
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/initiatives/:id/classification/requirements/export',
    {
      schema: {
        tags,
        summary: 'The security requirements as "Krav vid upphandling" (.xlsx or .docx); audited',
        params: ZParams,
        querystring: ZRequirementsExportQuery,
        produces: [XLSX_CONTENT_TYPE, DOCX_CONTENT_TYPE],
        response: { 200: ZFile },
      },
    },
    async (req, reply) => {
      const file = await exportRequirements(req.ctx, req.params.id, req.query.format);
      return sendDownload(reply, file.content, file.mediaType, file.fileName);
    },
  );

  app.get(
    '/classification-labels',
    { schema: { tags, summary: 'The organisation’s names of the levels 0–4 (defaults until renamed); ETag = their version', response: { 200: ZClassificationLabels } } },
    async (req, reply) => {
      const labels = await getLevelLabels(req.ctx);
      sendEtag(reply, labels.version);
      return labels;
    },
  );

  app.put(
    '/classification-labels',
    { schema: { tags, summary: 'Rename the levels (administrators; If-Match = their version, 0 for the defaults)', body: ZLevelLabels, response: { 200: ZClassificationLabels } } },
    async (req, reply) => {
      const labels = await updateLevelLabels(req.ctx, expectedVersion(req), req.body);
      sendEtag(reply, labels.version);
      return labels;
    },
  );
};
