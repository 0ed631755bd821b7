import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCreateUnitRequest, ZIdParams, ZUnit, ZUnitList, ZUpdateUnitRequest } from '@domain/organization.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { findUnits } from '@server/modules/organizations/find-units';
import { getUnit } from '@server/modules/organizations/get-unit';
import { createUnit } from '@server/modules/organizations/create-unit';
import { updateUnit } from '@server/modules/organizations/update-unit';
import { deleteUnit } from '@server/modules/organizations/delete-unit';

const tags = ['Organisationsträd'];

/** Avdelningar och enheter: read by every member, changed with `organization:manage`. */
export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/units',
    { schema: { tags, summary: 'The organisation tree as a flat list, parents first', response: { 200: ZUnitList } } },
    async (req) => ({ items: await findUnits(req.ctx) }),
  );

  app.get(
    '/units/:id',
    { schema: { tags, summary: 'One unit', params: ZIdParams, response: { 200: ZUnit } } },
    async (req, reply) => {
      const unit = await getUnit(req.ctx, req.params.id);
      sendEtag(reply, unit.version);
      return unit;
    },
  );

  app.post(
    '/units',
    { schema: { tags, summary: 'Add a unit', body: ZCreateUnitRequest, response: { 201: ZUnit } } },
    async (req, reply) => {
      authorize(req.ctx, 'organization:manage');
      const unit = await createUnit(req.ctx, req.body);
      sendEtag(reply, unit.version);
      return reply.status(201).send(unit);
    },
  );

  app.patch(
    '/units/:id',
    { schema: { tags, summary: 'Rename, move or archive a unit (If-Match)', params: ZIdParams, body: ZUpdateUnitRequest, response: { 200: ZUnit } } },
    async (req, reply) => {
      await getUnit(req.ctx, req.params.id);
      authorize(req.ctx, 'organization:manage');
      const unit = await updateUnit(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, unit.version);
      return unit;
    },
  );

  app.delete(
    '/units/:id',
    { schema: { tags, summary: 'Delete an unused unit without sub-units', params: ZIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await getUnit(req.ctx, req.params.id);
      authorize(req.ctx, 'organization:manage');
      await deleteUnit(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
