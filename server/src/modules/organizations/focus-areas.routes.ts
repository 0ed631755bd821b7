import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCreateFocusAreaRequest, ZFocusArea, ZFocusAreaList, ZIdParams, ZUpdateFocusAreaRequest } from '@domain/organization.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { findFocusAreas } from '@server/modules/organizations/find-focus-areas';
import { getFocusArea } from '@server/modules/organizations/get-focus-area';
import { createFocusArea } from '@server/modules/organizations/create-focus-area';
import { updateFocusArea } from '@server/modules/organizations/update-focus-area';
import { deleteFocusArea } from '@server/modules/organizations/delete-focus-area';

const tags = ['Fokusområden'];

/** The organisation's own focus areas: read by every member, changed with `organization:manage`. */
export const focusAreaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/focus-areas',
    { schema: { tags, summary: 'The organisation’s focus areas in order', response: { 200: ZFocusAreaList } } },
    async (req) => ({ items: await findFocusAreas(req.ctx) }),
  );

  app.get(
    '/focus-areas/:id',
    { schema: { tags, summary: 'One focus area', params: ZIdParams, response: { 200: ZFocusArea } } },
    async (req, reply) => {
      const focusArea = await getFocusArea(req.ctx, req.params.id);
      sendEtag(reply, focusArea.version);
      return focusArea;
    },
  );

  app.post(
    '/focus-areas',
    { schema: { tags, summary: 'Add a focus area (name unique in the organisation)', body: ZCreateFocusAreaRequest, response: { 201: ZFocusArea } } },
    async (req, reply) => {
      authorize(req.ctx, 'organization:manage');
      const focusArea = await createFocusArea(req.ctx, req.body);
      sendEtag(reply, focusArea.version);
      return reply.status(201).send(focusArea);
    },
  );

  app.patch(
    '/focus-areas/:id',
    {
      schema: {
        tags,
        summary: 'Rename, reorder or archive a focus area (If-Match)',
        params: ZIdParams,
        body: ZUpdateFocusAreaRequest,
        response: { 200: ZFocusArea },
      },
    },
    async (req, reply) => {
      await getFocusArea(req.ctx, req.params.id);
      authorize(req.ctx, 'organization:manage');
      const focusArea = await updateFocusArea(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, focusArea.version);
      return focusArea;
    },
  );

  app.delete(
    '/focus-areas/:id',
    { schema: { tags, summary: 'Delete a focus area nothing refers to', params: ZIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await getFocusArea(req.ctx, req.params.id);
      authorize(req.ctx, 'organization:manage');
      await deleteFocusArea(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
