import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIsoDate } from '@domain/iso-date';
import { ZIdParams } from '@domain/organization.contracts';
import {
  ZWelfareTechInUseOverTime,
  ZWelfareTechChange,
  ZWelfareTechChangeQuery,
  ZWelfareTechInput,
  ZWelfareTechItem,
  ZWelfareTechList,
  ZWelfareTechListQuery,
  ZWelfareTechOptions,
  ZWelfareTechSummary,
  ZWelfareTechSummaryQuery,
} from '@domain/welfare-tech.contracts';
import { ZExportFormatQuery } from '@domain/export.contracts';
import { SHEET_CONTENT_TYPES, sendSheetFile, ZSheetFile } from '@server/platform/http/sheet-export';
import { exportWelfareTech } from '@server/modules/welfare-tech/export-welfare-tech';
import { ZImportPreview, ZImportResult, ZMatchingImportUpload } from '@domain/register-import.contracts';
import { importWelfareTech, previewWelfareTechImport } from '@server/modules/welfare-tech/import-welfare-tech';
import { buildWelfareTechTemplate } from '@server/modules/welfare-tech/welfare-tech-template';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { createWelfareTech } from '@server/modules/welfare-tech/create-welfare-tech';
import { deleteWelfareTech } from '@server/modules/welfare-tech/delete-welfare-tech';
import { findWelfareTech, getWelfareTech } from '@server/modules/welfare-tech/find-welfare-tech';
import { updateWelfareTech } from '@server/modules/welfare-tech/update-welfare-tech';
import { compareWelfareTech, summariseWelfareTech, welfareTechInUseOverTime, welfareTechOptions } from '@server/modules/welfare-tech/welfare-tech-overview';

const tags = ['Välfärdsteknik'];
/** A 5 MB file base64-encoded in JSON is about 6.7 MB; larger bodies are refused before parsing. */
const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

/** Welfare technology in use: read by every member, kept by `register:manage`. */
export const welfareTechRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/welfare-tech',
    { schema: { tags, summary: 'The inventory, newest as-of date first', querystring: ZWelfareTechListQuery, response: { 200: ZWelfareTechList } } },
    async (req) => {
      authorize(req.ctx, 'register:read');
      return { items: await findWelfareTech(req.ctx, req.query) };
    },
  );

  app.get('/welfare-tech/options', { schema: { tags, summary: 'Suggested technologies and placements, and the as-of dates', response: { 200: ZWelfareTechOptions } } }, async (req) => {
    authorize(req.ctx, 'register:read');
    return welfareTechOptions(req.ctx);
  });

  app.get(
    '/welfare-tech/summary',
    { schema: { tags, summary: 'Units per technology, placement and state as of a date', querystring: ZWelfareTechSummaryQuery, response: { 200: ZWelfareTechSummary } } },
    async (req) => {
      authorize(req.ctx, 'register:read');
      return summariseWelfareTech(req.ctx, req.query.asOf);
    },
  );

  app.get(
    '/welfare-tech/in-use-over-time',
    { schema: { tags, summary: 'Units in use (driftsatt) per technology at every as-of date, oldest first', response: { 200: ZWelfareTechInUseOverTime } } },
    async (req) => {
      authorize(req.ctx, 'register:read');
      return welfareTechInUseOverTime(req.ctx);
    },
  );

  app.get(
    '/welfare-tech/change',
    { schema: { tags, summary: 'The change in units between two as-of dates', querystring: ZWelfareTechChangeQuery, response: { 200: ZWelfareTechChange } } },
    async (req) => {
      authorize(req.ctx, 'register:read');
      return compareWelfareTech(req.ctx, req.query.from, req.query.to);
    },
  );

  app.get(
    '/welfare-tech/export',
    {
      schema: {
        tags,
        summary: 'The inventory (one as-of date or all) as Excel or CSV; audited',
        querystring: ZExportFormatQuery.extend({ asOf: ZIsoDate.optional() }),
        produces: SHEET_CONTENT_TYPES,
        response: { 200: ZSheetFile },
      },
    },
    async (req, reply) => {
      authorize(req.ctx, 'register:read');
      return sendSheetFile(reply, await exportWelfareTech(req.ctx, req.query.format, req.query.asOf));
    },
  );

  app.get(
    '/welfare-tech/import/template',
    { schema: { tags, summary: 'An import template (Excel or CSV)', querystring: ZExportFormatQuery, produces: SHEET_CONTENT_TYPES, response: { 200: ZSheetFile } } },
    async (req, reply) => {
      authorize(req.ctx, 'register:read');
      return sendSheetFile(reply, await buildWelfareTechTemplate(req.query.format));
    },
  );

  app.post(
    '/welfare-tech/import/preview',
    { bodyLimit: IMPORT_BODY_LIMIT, schema: { tags, summary: 'Read an inventory file (.xlsx/CSV, ≤ 5 MB): each row as it will be saved (new, changed or unchanged – a row with the same as-of date, technology and placement updates the saved one, or is an error with existing=refuse) and its errors; saves nothing', body: ZMatchingImportUpload, response: { 200: ZImportPreview } } },
    async (req) => {
      authorize(req.ctx, 'register:manage');
      return previewWelfareTechImport(req.ctx, req.body);
    },
  );

  app.post(
    '/welfare-tech/import',
    { bodyLimit: IMPORT_BODY_LIMIT, schema: { tags, summary: 'Save an inventory file: new rows are added, matching rows updated, identical rows left alone; nothing if any row has an error; audited', body: ZMatchingImportUpload, response: { 201: ZImportResult } } },
    async (req, reply) => {
      authorize(req.ctx, 'register:manage');
      return reply.status(201).send(await importWelfareTech(req.ctx, req.body));
    },
  );

  app.get('/welfare-tech/:id', { schema: { tags, summary: 'One inventory row; ETag = its version', params: ZIdParams, response: { 200: ZWelfareTechItem } } }, async (req, reply) => {
    authorize(req.ctx, 'register:read');
    const item = await getWelfareTech(req.ctx, req.params.id);
    sendEtag(reply, item.version);
    return item;
  });

  app.post('/welfare-tech', { schema: { tags, summary: 'Add technology to the inventory', body: ZWelfareTechInput, response: { 201: ZWelfareTechItem } } }, async (req, reply) => {
    authorize(req.ctx, 'register:manage');
    const item = await createWelfareTech(req.ctx, req.body);
    sendEtag(reply, item.version);
    return reply.status(201).send(item);
  });

  app.put(
    '/welfare-tech/:id',
    { schema: { tags, summary: 'Save an inventory row (If-Match)', params: ZIdParams, body: ZWelfareTechInput, response: { 200: ZWelfareTechItem } } },
    async (req, reply) => {
      await getWelfareTech(req.ctx, req.params.id);
      authorize(req.ctx, 'register:manage');
      const item = await updateWelfareTech(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, item.version);
      return item;
    },
  );

  app.delete('/welfare-tech/:id', { schema: { tags, summary: 'Remove an inventory row (If-Match)', params: ZIdParams, response: { 204: z.null() } } }, async (req, reply) => {
    await getWelfareTech(req.ctx, req.params.id);
    authorize(req.ctx, 'register:manage');
    await deleteWelfareTech(req.ctx, req.params.id, expectedVersion(req));
    return reply.status(204).send(null);
  });
};
