import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZOrganization, ZUpdateOrganizationRequest } from '@domain/organization.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { getOrganization } from '@server/modules/organizations/get-organization';
import { updateOrganization } from '@server/modules/organizations/update-organization';
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

  await app.register(unitRoutes);
  await app.register(focusAreaRoutes);
  await app.register(strategicGoalRoutes);
};
