import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCopyPlanInput, ZCopyPlanResult } from '@domain/benefits.contracts';
import { ZCalculation, ZCalculationInput, ZCalculationSettings, ZCalculationSettingsInput } from '@domain/cost-benefit.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { getCalculation } from '@server/modules/benefits/get-calculation';
import { saveCalculation } from '@server/modules/benefits/save-calculation';
import { getCalculationSettings, saveCalculationSettings } from '@server/modules/benefits/calculation-settings';
import { copyBenefitPlan } from '@server/modules/benefits/copy-benefit-plan';

const tags = ['Nyttokalkyl'];
const ZInitiativeParams = z.object({ id: z.uuid() });

/** The nyttokalkyl of an initiative, the organisation's default rates, and copying a plan. */
export const calculationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/initiatives/:id/calculation',
    { schema: { tags, summary: 'The calculation with results per year, low and high; ETag (0 before the first save)', params: ZInitiativeParams, response: { 200: ZCalculation } } },
    async (req, reply) => {
      authorize(req.ctx, 'initiative:read');
      const calculation = await getCalculation(req.ctx, req.params.id);
      sendEtag(reply, calculation.version);
      return calculation;
    },
  );

  app.put(
    '/initiatives/:id/calculation',
    { schema: { tags, summary: 'Save the whole calculation (amounts in Swedish format; If-Match)', params: ZInitiativeParams, body: ZCalculationInput, response: { 200: ZCalculation } } },
    async (req, reply) => {
      const calculation = await saveCalculation(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, calculation.version);
      return calculation;
    },
  );

  app.post(
    '/initiatives/:id/benefit-plan/copy',
    { schema: { tags, summary: 'Start the benefit plan and calculation from another initiative’s', params: ZInitiativeParams, body: ZCopyPlanInput, response: { 201: ZCopyPlanResult } } },
    async (req, reply) => reply.status(201).send(await copyBenefitPlan(req.ctx, req.params.id, req.body.fromInitiativeId)),
  );

  app.get(
    '/benefit-settings',
    { schema: { tags, summary: 'Default hourly rate, cost per visit and discount rate; ETag', response: { 200: ZCalculationSettings } } },
    async (req, reply) => {
      authorize(req.ctx, 'initiative:read');
      const settings = await getCalculationSettings(req.ctx);
      sendEtag(reply, settings.version);
      return settings;
    },
  );

  app.put(
    '/benefit-settings',
    { schema: { tags, summary: 'Set the default rates (administrator; If-Match)', body: ZCalculationSettingsInput, response: { 200: ZCalculationSettings } } },
    async (req, reply) => {
      const settings = await saveCalculationSettings(req.ctx, req.body, expectedVersion(req));
      sendEtag(reply, settings.version);
      return settings;
    },
  );
};
