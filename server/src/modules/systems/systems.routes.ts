import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdParams } from '@domain/organization.contracts';
import {
  ZContractsEnding,
  ZContractsEndingQuery,
  ZSystem,
  ZSystemList,
  ZSystemListQuery,
  ZSystemRequest,
  ZSystemTaskParams,
  ZSystemTaskRequest,
  ZTaskAssignees,
} from '@domain/systems.contracts';
import { ZExportFormatQuery } from '@domain/export.contracts';
import { SHEET_CONTENT_TYPES, sendSheetFile, ZSheetFile } from '@server/platform/http/sheet-export';
import { exportSystems } from '@server/modules/systems/export-systems';
import { ZImportPreview, ZImportResult, ZImportUpload } from '@domain/register-import.contracts';
import { importSystems, previewSystemImport } from '@server/modules/systems/import-systems';
import { buildSystemsTemplate } from '@server/modules/systems/systems-template';
import { findTaskAssignees } from '@server/modules/systems/find-assignable-members';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { createSystem } from '@server/modules/systems/create-system';
import { findContractsEnding } from '@server/modules/systems/find-contracts-ending';
import { findSystems } from '@server/modules/systems/find-systems';
import { getSystem } from '@server/modules/systems/get-system';
import { setSystemTask } from '@server/modules/systems/set-system-task';
import { updateSystem } from '@server/modules/systems/update-system';
import { deleteSystem } from '@server/modules/systems/delete-system';

const tags = ['Systemlista'];
/** A 5 MB file base64-encoded in JSON is about 6.7 MB; larger bodies are refused before parsing. */
const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

/** The system list: read by every member (`register:read`), kept by `register:manage`. */
export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/systems',
    { schema: { tags, summary: 'The organisation’s systems by name', querystring: ZSystemListQuery, response: { 200: ZSystemList } } },
    async (req) => {
      authorize(req.ctx, 'register:read');
      return { items: await findSystems(req.ctx, req.query) };
    },
  );

  app.get(
    '/systems/contracts-ending',
    { schema: { tags, summary: 'Contracts ending within the given months, with notice dates', querystring: ZContractsEndingQuery, response: { 200: ZContractsEnding } } },
    async (req) => {
      authorize(req.ctx, 'register:read');
      return { months: req.query.months, items: await findContractsEnding(req.ctx, req.query.months) };
    },
  );

  app.get('/systems/task-assignees', { schema: { tags, summary: 'Members a förvaltning task can be assigned to', response: { 200: ZTaskAssignees } } }, async (req) => {
    authorize(req.ctx, 'register:manage');
    return { items: await findTaskAssignees(req.ctx) };
  });

  app.get(
    '/systems/export',
    {
      schema: {
        tags,
        summary: 'The system list as Excel (.xlsx) or CSV (UTF-8 BOM, semicolons); audited',
        querystring: ZExportFormatQuery,
        produces: SHEET_CONTENT_TYPES,
        response: { 200: ZSheetFile },
      },
    },
    async (req, reply) => {
      authorize(req.ctx, 'register:read');
      return sendSheetFile(reply, await exportSystems(req.ctx, req.query.format));
    },
  );

  app.get(
    '/systems/import/template',
    { schema: { tags, summary: 'An import template (Excel or CSV)', querystring: ZExportFormatQuery, produces: SHEET_CONTENT_TYPES, response: { 200: ZSheetFile } } },
    async (req, reply) => {
      authorize(req.ctx, 'register:read');
      return sendSheetFile(reply, await buildSystemsTemplate(req.query.format));
    },
  );

  app.post(
    '/systems/import/preview',
    { bodyLimit: IMPORT_BODY_LIMIT, schema: { tags, summary: 'Read a system list file (.xlsx/CSV, ≤ 5 MB): each row as it will be saved and its errors; saves nothing', body: ZImportUpload, response: { 200: ZImportPreview } } },
    async (req) => {
      authorize(req.ctx, 'register:manage');
      return previewSystemImport(req.ctx, req.body);
    },
  );

  app.post(
    '/systems/import',
    { bodyLimit: IMPORT_BODY_LIMIT, schema: { tags, summary: 'Add every system of a file, or none if any row has an error; audited', body: ZImportUpload, response: { 201: ZImportResult } } },
    async (req, reply) => {
      authorize(req.ctx, 'register:manage');
      return reply.status(201).send(await importSystems(req.ctx, req.body));
    },
  );

  app.get(
    '/systems/:id',
    { schema: { tags, summary: 'One system with units, initiatives and tasks; ETag = its version', params: ZIdParams, response: { 200: ZSystem } } },
    async (req, reply) => {
      authorize(req.ctx, 'register:read');
      const system = await getSystem(req.ctx, req.params.id);
      sendEtag(reply, system.version);
      return system;
    },
  );

  app.post(
    '/systems',
    { schema: { tags, summary: 'Add a system to the system list', body: ZSystemRequest, response: { 201: ZSystem } } },
    async (req, reply) => {
      authorize(req.ctx, 'register:manage');
      const system = await createSystem(req.ctx, req.body);
      sendEtag(reply, system.version);
      return reply.status(201).send(system);
    },
  );

  app.put(
    '/systems/:id',
    { schema: { tags, summary: 'Save a system (the whole form; If-Match)', params: ZIdParams, body: ZSystemRequest, response: { 200: ZSystem } } },
    async (req, reply) => {
      await getSystem(req.ctx, req.params.id);
      authorize(req.ctx, 'register:manage');
      const system = await updateSystem(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, system.version);
      return system;
    },
  );

  app.put(
    '/systems/:id/tasks/:task',
    {
      schema: {
        tags,
        summary: 'Assign and tick a systemförvaltning task (If-Match = the system’s ETag)',
        params: ZSystemTaskParams,
        body: ZSystemTaskRequest,
        response: { 200: ZSystem },
      },
    },
    async (req, reply) => {
      await getSystem(req.ctx, req.params.id);
      authorize(req.ctx, 'register:manage');
      const system = await setSystemTask(req.ctx, req.params.id, req.params.task, req.body, expectedVersion(req));
      sendEtag(reply, system.version);
      return system;
    },
  );

  app.delete(
    '/systems/:id',
    { schema: { tags, summary: 'Delete a system (after a confirmation); 409 naming the integrations, welfare technology and initiatives that use it', params: ZIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await deleteSystem(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
