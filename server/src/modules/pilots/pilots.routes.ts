import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZExportFormatQuery } from '@domain/export.contracts';
import { ZIdParams } from '@domain/organization.contracts';
import { ZPilot, ZPilotInput, ZPilotList } from '@domain/pilots.contracts';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { SHEET_CONTENT_TYPES, sendSheetFile, ZSheetFile } from '@server/platform/http/sheet-export';
import { addPilot } from '@server/modules/pilots/add-pilot';
import { updatePilot } from '@server/modules/pilots/update-pilot';
import { deletePilot } from '@server/modules/pilots/delete-pilot';
import { findInitiativePilots, findOrganizationPilots } from '@server/modules/pilots/find-pilots';
import { exportPilots } from '@server/modules/pilots/export-pilots';

const tags = ['Piloter och testbäddar'];

/**
 * Pilots and testbäddar (seed 004) of an initiative: read by everyone who reads initiatives,
 * recorded and changed by those who may work the initiative (its utvecklingsledare and the people
 * named on it) while it runs. Each pilot carries its own version, sent back as If-Match.
 */
export const pilotRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/pilots', { schema: { tags, summary: 'Every pilot of the organisation, the latest start first', response: { 200: ZPilotList } } }, async (req) => ({
    items: await findOrganizationPilots(req.ctx),
  }));

  app.get(
    '/pilots/export',
    { schema: { tags, summary: 'The pilots as Excel or CSV, one row per pilot; audited', querystring: ZExportFormatQuery, produces: SHEET_CONTENT_TYPES, response: { 200: ZSheetFile } } },
    async (req, reply) => sendSheetFile(reply, await exportPilots(req.ctx, req.query.format)),
  );

  app.get(
    '/initiatives/:id/pilots',
    { schema: { tags, summary: 'The pilots of an initiative, the latest start first', params: ZIdParams, response: { 200: ZPilotList } } },
    async (req) => ({ items: await findInitiativePilots(req.ctx, req.params.id) }),
  );

  app.post(
    '/initiatives/:id/pilots',
    { schema: { tags, summary: 'Record a pilot or testbädd of the initiative', params: ZIdParams, body: ZPilotInput, response: { 201: ZPilot } } },
    async (req, reply) => {
      const pilot = await addPilot(req.ctx, req.params.id, req.body);
      sendEtag(reply, pilot.version);
      return reply.status(201).send(pilot);
    },
  );

  app.put(
    '/pilots/:id',
    { schema: { tags, summary: 'Save a pilot (If-Match = the pilot’s version)', params: ZIdParams, body: ZPilotInput, response: { 200: ZPilot } } },
    async (req, reply) => {
      const pilot = await updatePilot(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, pilot.version);
      return pilot;
    },
  );

  app.delete(
    '/pilots/:id',
    { schema: { tags, summary: 'Delete a pilot recorded by mistake (If-Match = the pilot’s version); audited', params: ZIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await deletePilot(req.ctx, req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  );
};
