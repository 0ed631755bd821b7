import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZBenefit,
  ZBenefitDecisionInput,
  ZBenefitInput,
  ZBenefitList,
  ZBenefitOwnerList,
  ZDueMeasurementList,
  ZDueQuery,
  ZMeasurement,
  ZMeasurementInput,
  ZMeasurementList,
} from '@domain/benefits.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { findBenefits } from '@server/modules/benefits/find-benefits';
import { getBenefit } from '@server/modules/benefits/get-benefit';
import { createBenefit } from '@server/modules/benefits/create-benefit';
import { updateBenefit } from '@server/modules/benefits/update-benefit';
import { deleteBenefit } from '@server/modules/benefits/delete-benefit';
import { decideBenefit } from '@server/modules/benefits/decide-benefit';
import { findBenefitMeasurements } from '@server/modules/benefits/find-measurements';
import { recordMeasurement } from '@server/modules/benefits/record-measurement';
import { removeMeasurement } from '@server/modules/benefits/remove-measurement';
import { findDueMeasurements } from '@server/modules/benefits/find-due-measurements';
import { findBenefitOwners } from '@server/modules/benefits/find-benefit-owners';
import { calculationRoutes } from '@server/modules/benefits/calculation.routes';
import { followUpRoutes } from '@server/modules/benefits/follow-up.routes';

const tags = ['Nyttorealisering'];
const ZInitiativeParams = z.object({ id: z.uuid() });
const ZBenefitParams = z.object({ id: z.uuid(), benefitId: z.uuid() });
const ZMeasurementParams = ZBenefitParams.extend({ measurementId: z.uuid() });

/** Benefit plans, measurements and the follow-up verdict; the calculation and portfolio in sibling plugins. */
export const benefitRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(calculationRoutes);
  await app.register(followUpRoutes);

  app.get(
    '/initiatives/:id/benefits',
    { schema: { tags, summary: 'The benefit plan of an initiative with each benefit’s status', params: ZInitiativeParams, response: { 200: ZBenefitList } } },
    async (req) => {
      authorize(req.ctx, 'initiative:read');
      return findBenefits(req.ctx, req.params.id);
    },
  );

  app.post(
    '/initiatives/:id/benefits',
    { schema: { tags, summary: 'Plan a benefit (numbers in Swedish format)', params: ZInitiativeParams, body: ZBenefitInput, response: { 201: ZBenefit } } },
    async (req, reply) => {
      const benefit = await createBenefit(req.ctx, req.params.id, req.body);
      sendEtag(reply, benefit.version);
      return reply.status(201).send(benefit);
    },
  );

  app.get(
    '/initiatives/:id/benefits/:benefitId',
    { schema: { tags, summary: 'One benefit; ETag = its version', params: ZBenefitParams, response: { 200: ZBenefit } } },
    async (req, reply) => {
      authorize(req.ctx, 'initiative:read');
      const benefit = await getBenefit(req.ctx, req.params.id, req.params.benefitId);
      sendEtag(reply, benefit.version);
      return benefit;
    },
  );

  app.put(
    '/initiatives/:id/benefits/:benefitId',
    { schema: { tags, summary: 'Change a benefit (If-Match)', params: ZBenefitParams, body: ZBenefitInput, response: { 200: ZBenefit } } },
    async (req, reply) => {
      const benefit = await updateBenefit(req.ctx, req.params.id, req.params.benefitId, req.body, expectedVersion(req));
      sendEtag(reply, benefit.version);
      return benefit;
    },
  );

  app.delete(
    '/initiatives/:id/benefits/:benefitId',
    { schema: { tags, summary: 'Remove a benefit and its measurements (If-Match)', params: ZBenefitParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await deleteBenefit(req.ctx, req.params.id, req.params.benefitId, expectedVersion(req));
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/initiatives/:id/benefits/:benefitId/decision',
    { schema: { tags, summary: 'Record at follow-up whether the benefit was realised (If-Match)', params: ZBenefitParams, body: ZBenefitDecisionInput, response: { 200: ZBenefit } } },
    async (req, reply) => {
      const benefit = await decideBenefit(req.ctx, req.params.id, req.params.benefitId, req.body, expectedVersion(req));
      sendEtag(reply, benefit.version);
      return benefit;
    },
  );

  app.get(
    '/initiatives/:id/benefits/:benefitId/measurements',
    { schema: { tags, summary: 'A benefit’s measurements, oldest first', params: ZBenefitParams, response: { 200: ZMeasurementList } } },
    async (req) => {
      authorize(req.ctx, 'initiative:read');
      return findBenefitMeasurements(req.ctx, req.params.id, req.params.benefitId);
    },
  );

  app.post(
    '/initiatives/:id/benefits/:benefitId/measurements',
    { schema: { tags, summary: 'Record a measurement (owner or editor)', params: ZBenefitParams, body: ZMeasurementInput, response: { 201: ZMeasurement } } },
    async (req, reply) => reply.status(201).send(await recordMeasurement(req.ctx, req.params.id, req.params.benefitId, req.body)),
  );

  app.delete(
    '/initiatives/:id/benefits/:benefitId/measurements/:measurementId',
    { schema: { tags, summary: 'Remove a mistaken measurement', params: ZMeasurementParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeMeasurement(req.ctx, req.params.id, req.params.benefitId, req.params.measurementId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/benefits/due',
    { schema: { tags, summary: 'Att mäta: benefits whose measurement is due (mine=true: only mine)', querystring: ZDueQuery, response: { 200: ZDueMeasurementList } } },
    async (req) => {
      authorize(req.ctx, 'initiative:read');
      return findDueMeasurements(req.ctx, { mine: req.query.mine === 'true' });
    },
  );

  app.get(
    '/benefit-owners',
    { schema: { tags, summary: 'Members who can own a benefit', response: { 200: ZBenefitOwnerList } } },
    async (req) => {
      authorize(req.ctx, 'initiative:read');
      return findBenefitOwners(req.ctx);
    },
  );
};
