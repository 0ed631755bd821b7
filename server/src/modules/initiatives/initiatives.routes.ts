import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZInitiative, ZInitiativeListQuery, ZInitiativePage, ZRegisterPreDigiplanInitiativeRequest, ZUpdateInitiativeRequest } from '@domain/decisions.contracts';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { updateInitiative } from '@server/modules/initiatives/update-initiative';
import { getInitiative } from '@server/modules/initiatives/get-initiative';
import { findInitiatives } from '@server/modules/initiatives/find-initiatives';
import { registerPreDigiplanInitiative } from '@server/modules/initiatives/register-pre-digiplan-initiative';

const tags = ['Initiativ'];
const ZInitiativeParams = z.object({ id: z.uuid() });

/** Initiatives: the needs OLG decided to proceed with. Created by a decision, or registered as decided before Digiplan. */
export const initiativeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/initiatives',
    { schema: { tags, summary: 'The organisation’s initiatives, newest first', querystring: ZInitiativeListQuery, response: { 200: ZInitiativePage } } },
    async (req) => findInitiatives(req.ctx, req.query),
  );

  app.get(
    '/initiatives/:id',
    { schema: { tags, summary: 'One initiative; ETag = its version', params: ZInitiativeParams, response: { 200: ZInitiative } } },
    async (req, reply) => {
      const initiative = await getInitiative(req.ctx, req.params.id);
      sendEtag(reply, initiative.version);
      return initiative;
    },
  );

  app.put(
    '/initiatives/:id',
    {
      schema: {
        tags,
        summary: 'Edit an initiative after the decision: title, description, owner, planned years (the utvecklingsledare or its owner; If-Match); on its timeline',
        params: ZInitiativeParams,
        body: ZUpdateInitiativeRequest,
        response: { 200: ZInitiative },
      },
    },
    async (req, reply) => {
      const initiative = await updateInitiative(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, initiative.version);
      return initiative;
    },
  );

  app.post(
    '/initiatives/pre-digiplan',
    {
      schema: {
        tags,
        summary: 'Register an initiative decided before Digiplan (coordinator): its need, a decision without scores, the initiative',
        body: ZRegisterPreDigiplanInitiativeRequest,
        response: { 201: ZInitiative },
      },
    },
    async (req, reply) => {
      const initiative = await registerPreDigiplanInitiative(req.ctx, req.body);
      sendEtag(reply, initiative.version);
      return reply.status(201).send(initiative);
    },
  );
};
