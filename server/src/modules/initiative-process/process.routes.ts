import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZChecklistItem,
  ZChecklistTemplateItem,
  ZChecklistTemplateQuery,
  ZChecklistTemplates,
  ZCreateChecklistTemplateItem,
  ZInitiativeProcess,
  ZMoveChecklistTemplateItem,
  ZNameRoleRequest,
  ZPortfolio,
  ZPortfolioQuery,
  ZRoleCandidates,
  ZStageTransitionRequest,
  ZTickChecklistItemRequest,
  ZTimeline,
  ZUpdateChecklistTemplateItem,
} from '@domain/process.contracts';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { XLSX_CONTENT_TYPE, ZXlsxFile, sendXlsx } from '@server/platform/http/xlsx';
import { getProcess } from '@server/modules/initiative-process/get-process';
import { moveStage } from '@server/modules/initiative-process/move-stage';
import { tickChecklistItem } from '@server/modules/initiative-process/tick-checklist-item';
import { namePerson, removePerson } from '@server/modules/initiative-process/name-person';
import { findRoleCandidates } from '@server/modules/initiative-process/find-role-candidates';
import { findTimeline } from '@server/modules/initiative-process/find-timeline';
import { findPortfolio } from '@server/modules/initiative-process/find-portfolio';
import { exportPortfolio } from '@server/modules/initiative-process/export-portfolio';
import {
  addChecklistTemplateItem,
  editChecklistTemplateItem,
  findChecklistTemplates,
  moveChecklistTemplateItem,
  removeChecklistTemplateItem,
} from '@server/modules/initiative-process/checklist-templates';

const tags = ['Digitaliseringsprocessen'];
const ZId = z.object({ id: z.uuid() });
const ZItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
const ZRoleParams = z.object({ id: z.uuid(), roleId: z.uuid() });

/**
 * The digitalisation process on initiatives: stages and gates, checklist, people in roles,
 * timeline, the portfolio and the organisation's checklist templates. Writes that change the
 * initiative's place or people take If-Match = the initiative's version (the process ETag).
 */
export const processRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/initiatives/portfolio',
    { schema: { tags, summary: 'Every initiative with stage, form, owner, priority, focus area and what the next gate lacks', querystring: ZPortfolioQuery, response: { 200: ZPortfolio } } },
    async (req) => findPortfolio(req.ctx, req.query),
  );

  app.get(
    '/initiatives/portfolio/export',
    {
      schema: { tags, summary: 'The portfolio as an Excel file (.xlsx), same filters; audited', querystring: ZPortfolioQuery, produces: [XLSX_CONTENT_TYPE], response: { 200: ZXlsxFile } },
    },
    async (req, reply) => {
      const { workbook, filename } = await exportPortfolio(req.ctx, req.query);
      return sendXlsx(reply, workbook, filename);
    },
  );

  app.get(
    '/initiatives/:id/process',
    { schema: { tags, summary: 'The initiative’s process: stage, checklist, people, next gate, your actions (ETag = initiative version)', params: ZId, response: { 200: ZInitiativeProcess } } },
    async (req, reply) => {
      const process = await getProcess(req.ctx, req.params.id);
      sendEtag(reply, process.version);
      return process;
    },
  );

  app.post(
    '/initiatives/:id/stage-transitions',
    {
      schema: {
        tags,
        summary: 'Advance through the gate (override with a reason), close, go back or stop (If-Match required)',
        params: ZId,
        body: ZStageTransitionRequest,
        response: { 200: ZInitiativeProcess },
      },
    },
    async (req, reply) => {
      const process = await moveStage(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, process.version);
      return process;
    },
  );

  app.put(
    '/initiatives/:id/checklist/:itemId',
    { schema: { tags, summary: 'Tick or untick a checklist item (idempotent; who and when are recorded)', params: ZItemParams, body: ZTickChecklistItemRequest, response: { 200: ZChecklistItem } } },
    async (req) => tickChecklistItem(req.ctx, req.params.id, req.params.itemId, req.body.done),
  );

  app.get(
    '/initiatives/:id/role-candidates',
    { schema: { tags, summary: 'Members who can be named on the initiative', params: ZId, response: { 200: ZRoleCandidates } } },
    async (req) => findRoleCandidates(req.ctx, req.params.id),
  );

  app.post(
    '/initiatives/:id/roles',
    { schema: { tags, summary: 'Name a member in a role on the initiative (If-Match required)', params: ZId, body: ZNameRoleRequest, response: { 201: ZInitiativeProcess } } },
    async (req, reply) => {
      const process = await namePerson(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, process.version);
      return reply.status(201).send(process);
    },
  );

  app.delete(
    '/initiatives/:id/roles/:roleId',
    { schema: { tags, summary: 'Take a person off a role (If-Match required)', params: ZRoleParams, response: { 200: ZInitiativeProcess } } },
    async (req, reply) => {
      const process = await removePerson(req.ctx, req.params.id, req.params.roleId, expectedVersion(req));
      sendEtag(reply, process.version);
      return process;
    },
  );

  app.get(
    '/initiatives/:id/timeline',
    { schema: { tags, summary: 'The initiative’s timeline, oldest first', params: ZId, response: { 200: ZTimeline } } },
    async (req) => findTimeline(req.ctx, req.params.id),
  );

  app.get(
    '/checklist-templates',
    { schema: { tags, summary: 'The organisation’s checklist templates of a form (administrator)', querystring: ZChecklistTemplateQuery, response: { 200: ZChecklistTemplates } } },
    async (req) => findChecklistTemplates(req.ctx, req.query.form),
  );

  app.post(
    '/checklist-templates',
    { schema: { tags, summary: 'Add a checklist item to a form and stage (administrator)', body: ZCreateChecklistTemplateItem, response: { 201: ZChecklistTemplateItem } } },
    async (req, reply) => {
      const item = await addChecklistTemplateItem(req.ctx, req.body);
      sendEtag(reply, item.version);
      return reply.status(201).send(item);
    },
  );

  app.patch(
    '/checklist-templates/:id',
    { schema: { tags, summary: 'Change a checklist item’s text (If-Match required)', params: ZId, body: ZUpdateChecklistTemplateItem, response: { 200: ZChecklistTemplateItem } } },
    async (req, reply) => {
      const item = await editChecklistTemplateItem(req.ctx, req.params.id, req.body.text, expectedVersion(req));
      sendEtag(reply, item.version);
      return item;
    },
  );

  app.delete(
    '/checklist-templates/:id',
    { schema: { tags, summary: 'Remove a checklist item from the template (If-Match required)', params: ZId, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeChecklistTemplateItem(req.ctx, req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/checklist-templates/:id/move',
    { schema: { tags, summary: 'Move a checklist item up or down within its stage (If-Match required)', params: ZId, body: ZMoveChecklistTemplateItem, response: { 200: ZChecklistTemplates } } },
    async (req) => moveChecklistTemplateItem(req.ctx, req.params.id, req.body.direction, expectedVersion(req)),
  );
};
