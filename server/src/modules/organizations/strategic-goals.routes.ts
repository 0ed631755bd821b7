import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreateStrategicGoalRequest,
  ZIdParams,
  ZStrategicGoal,
  ZStrategicGoalList,
  ZUpdateStrategicGoalRequest,
} from '@domain/organization.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { findStrategicGoals } from '@server/modules/organizations/find-strategic-goals';
import { getStrategicGoal } from '@server/modules/organizations/get-strategic-goal';
import { createStrategicGoal } from '@server/modules/organizations/create-strategic-goal';
import { updateStrategicGoal } from '@server/modules/organizations/update-strategic-goal';
import { deleteStrategicGoal } from '@server/modules/organizations/delete-strategic-goal';

const tags = ['Strategiska mål'];

/** The organisation's strategic goals: read by every member, changed with `organization:manage`. */
export const strategicGoalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/strategic-goals',
    { schema: { tags, summary: 'The organisation’s strategic goals', response: { 200: ZStrategicGoalList } } },
    async (req) => ({ items: await findStrategicGoals(req.ctx) }),
  );

  app.get(
    '/strategic-goals/:id',
    { schema: { tags, summary: 'One strategic goal', params: ZIdParams, response: { 200: ZStrategicGoal } } },
    async (req, reply) => {
      const goal = await getStrategicGoal(req.ctx, req.params.id);
      sendEtag(reply, goal.version);
      return goal;
    },
  );

  app.post(
    '/strategic-goals',
    { schema: { tags, summary: 'Add a strategic goal', body: ZCreateStrategicGoalRequest, response: { 201: ZStrategicGoal } } },
    async (req, reply) => {
      authorize(req.ctx, 'organization:manage');
      const goal = await createStrategicGoal(req.ctx, req.body);
      sendEtag(reply, goal.version);
      return reply.status(201).send(goal);
    },
  );

  app.patch(
    '/strategic-goals/:id',
    {
      schema: {
        tags,
        summary: 'Change or archive a strategic goal (If-Match)',
        params: ZIdParams,
        body: ZUpdateStrategicGoalRequest,
        response: { 200: ZStrategicGoal },
      },
    },
    async (req, reply) => {
      await getStrategicGoal(req.ctx, req.params.id);
      authorize(req.ctx, 'organization:manage');
      const goal = await updateStrategicGoal(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, goal.version);
      return goal;
    },
  );

  app.delete(
    '/strategic-goals/:id',
    { schema: { tags, summary: 'Delete a strategic goal', params: ZIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await getStrategicGoal(req.ctx, req.params.id);
      authorize(req.ctx, 'organization:manage');
      await deleteStrategicGoal(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
