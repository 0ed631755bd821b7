import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZExportFormatQuery } from '@domain/export.contracts';
import { ZGovernanceYear, ZGovernanceYearQuery, ZRecurringEvent, ZRecurringEventInput, ZRecurringEventList } from '@domain/governance-year.contracts';
import { ZIdParams } from '@domain/organization.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { SHEET_CONTENT_TYPES, sendSheetFile, ZSheetFile } from '@server/platform/http/sheet-export';
import { createRecurringEvent } from '@server/modules/governance-year/create-recurring-event';
import { deleteRecurringEvent } from '@server/modules/governance-year/delete-recurring-event';
import { exportGovernanceYear } from '@server/modules/governance-year/export-governance-year';
import { findGovernanceYear } from '@server/modules/governance-year/find-governance-year';
import { findRecurringEvents, getRecurringEvent } from '@server/modules/governance-year/find-recurring-events';
import { updateRecurringEvent } from '@server/modules/governance-year/update-recurring-event';

const tags = ['Årshjul'];

/**
 * Årshjulet (issue 16 item 5): every member reads the governance year (`plan:read`, every role);
 * the administrator (`organization:manage`) sets the recurring events.
 */
export const governanceYearRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/governance-year', { schema: { tags, summary: 'Every entry of the governance year: recurring events and dates from the data', querystring: ZGovernanceYearQuery, response: { 200: ZGovernanceYear } } }, async (req) => {
    authorize(req.ctx, 'plan:read');
    return findGovernanceYear(req.ctx, req.query.year);
  });

  app.get(
    '/governance-year/export',
    { schema: { tags, summary: 'The governance year as Excel or CSV, one row per entry; audited', querystring: ZGovernanceYearQuery.extend(ZExportFormatQuery.shape), produces: SHEET_CONTENT_TYPES, response: { 200: ZSheetFile } } },
    async (req, reply) => {
      authorize(req.ctx, 'plan:read');
      return sendSheetFile(reply, await exportGovernanceYear(req.ctx, req.query.year, req.query.format));
    },
  );

  app.get('/governance-events', { schema: { tags, summary: 'The recurring events of the årshjul, by name', response: { 200: ZRecurringEventList } } }, async (req) => {
    authorize(req.ctx, 'plan:read');
    return { items: await findRecurringEvents(req.ctx) };
  });

  app.get('/governance-events/:id', { schema: { tags, summary: 'One recurring event; ETag = its version', params: ZIdParams, response: { 200: ZRecurringEvent } } }, async (req, reply) => {
    authorize(req.ctx, 'plan:read');
    const event = await getRecurringEvent(req.ctx, req.params.id);
    sendEtag(reply, event.version);
    return event;
  });

  app.post('/governance-events', { schema: { tags, summary: 'Add a recurring event (administrator)', body: ZRecurringEventInput, response: { 201: ZRecurringEvent } } }, async (req, reply) => {
    authorize(req.ctx, 'organization:manage');
    const event = await createRecurringEvent(req.ctx, req.body);
    sendEtag(reply, event.version);
    return reply.status(201).send(event);
  });

  app.put(
    '/governance-events/:id',
    { schema: { tags, summary: 'Save a recurring event (administrator, If-Match)', params: ZIdParams, body: ZRecurringEventInput, response: { 200: ZRecurringEvent } } },
    async (req, reply) => {
      await getRecurringEvent(req.ctx, req.params.id);
      authorize(req.ctx, 'organization:manage');
      const event = await updateRecurringEvent(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, event.version);
      return event;
    },
  );

  app.delete(
    '/governance-events/:id',
    { schema: { tags, summary: 'Remove a recurring event (administrator, If-Match); audited', params: ZIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await getRecurringEvent(req.ctx, req.params.id);
      authorize(req.ctx, 'organization:manage');
      await deleteRecurringEvent(req.ctx, req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  );
};
