import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOrganization, ZUpdateOrganizationRequest } from '@domain/organization.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { getOrganization } from '@server/modules/organizations/get-organization';
import { updateOrganization } from '@server/modules/organizations/update-organization';
import { exportOrganization } from '@server/modules/organizations/export-organization';
import { unitRoutes } from '@server/modules/organizations/units.routes';
import { focusAreaRoutes } from '@server/modules/organizations/focus-areas.routes';
import { strategicGoalRoutes } from '@server/modules/organizations/strategic-goals.routes';

const tags = ['Organisation'];

/**
 * The organisation module: the current organisation itself, its organisationsträd, focus areas
 * and strategic goals. Every member reads them; only `organization:manage` changes them.
 */
export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organization',
    { schema: { tags, summary: 'The current organisation', response: { 200: ZOrganization } } },
    async (req, reply) => {
      const organization = await getOrganization(req.ctx);
      sendEtag(reply, organization.version);
      return organization;
    },
  );

  app.patch(
    '/organization',
    {
      schema: {
        tags,
        summary: 'Change the organisation’s name, municipality or vision (If-Match)',
        body: ZUpdateOrganizationRequest,
        response: { 200: ZOrganization },
      },
    },
    async (req, reply) => {
      authorize(req.ctx, 'organization:manage');
      const organization = await updateOrganization(req.ctx, req.body, expectedVersion(req));
      sendEtag(reply, organization.version);
      return organization;
    },
  );

  app.get(
    '/organization/export',
    {
      schema: {
        tags,
        summary: 'Download the whole organisation (all its data and audit log) in the backup format that npm run org:import reads (administrator; audited)',
        response: { 200: { description: 'gzip-compressed JSON lines (docs/OPERATIONS.md)', content: { 'application/gzip': { schema: z.string() } } } },
      },
    },
    async (req, reply) => {
      authorize(req.ctx, 'organization:manage');
      const stream = await exportOrganization(req.ctx);
      const day = new Date().toISOString().slice(0, 10);
      void reply
        .type('application/gzip')
        .header('content-disposition', `attachment; filename="digiplan-organisation-${day}.jsonl.gz"`)
        .header('cache-control', 'no-store');
      // Fastify streams a Readable as is; the schema above describes the bytes, typed as a string.
      return reply.send(stream as unknown as string);
    },
  );

  await app.register(unitRoutes);
  await app.register(focusAreaRoutes);
  await app.register(strategicGoalRoutes);
};
