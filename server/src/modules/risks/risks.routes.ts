import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZEthicsInput, ZInitiativeRiskParams, ZRisk, ZRiskAnalysis, ZRiskInput, ZUnionConsultationInput } from '@domain/risks.contracts';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { getRiskAnalysis } from '@server/modules/risks/get-risk-analysis';
import { addRisk } from '@server/modules/risks/add-risk';
import { updateRisk } from '@server/modules/risks/update-risk';
import { removeRisk } from '@server/modules/risks/delete-risk';
import { recordUnionConsultation } from '@server/modules/risks/record-union-consultation';
import { assessEthics } from '@server/modules/risks/assess-ethics';

const tags = ['Risk- och konsekvensanalys'];
const ZParams = z.object({ id: z.uuid() });

/** An initiative's risk- och konsekvensanalys: risks, union consultation and ethics. */
export const riskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/initiatives/:id/risk-analysis',
    { schema: { tags, summary: 'The risks, union consultation and ethics of an initiative; ETag = the analysis version (0 before anything is recorded)', params: ZParams, response: { 200: ZRiskAnalysis } } },
    async (req, reply) => {
      const analysis = await getRiskAnalysis(req.ctx, req.params.id);
      sendEtag(reply, analysis.version);
      return analysis;
    },
  );

  app.post(
    '/initiatives/:id/risks',
    { schema: { tags, summary: 'Record a risk', params: ZParams, body: ZRiskInput, response: { 201: ZRisk } } },
    async (req, reply) => {
      const risk = await addRisk(req.ctx, req.params.id, req.body);
      sendEtag(reply, risk.version);
      return reply.status(201).send(risk);
    },
  );

  app.put(
    '/initiatives/:id/risks/:riskId',
    { schema: { tags, summary: 'Change a risk (If-Match = the risk’s version)', params: ZInitiativeRiskParams, body: ZRiskInput, response: { 200: ZRisk } } },
    async (req, reply) => {
      const risk = await updateRisk(req.ctx, req.params.id, req.params.riskId, expectedVersion(req), req.body);
      sendEtag(reply, risk.version);
      return risk;
    },
  );

  app.delete(
    '/initiatives/:id/risks/:riskId',
    { schema: { tags, summary: 'Remove a risk (If-Match = the risk’s version)', params: ZInitiativeRiskParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeRisk(req.ctx, req.params.id, req.params.riskId, expectedVersion(req));
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/initiatives/:id/risk-analysis/union-consultation',
    { schema: { tags, summary: 'Record that the union representatives were consulted (If-Match = the analysis version)', params: ZParams, body: ZUnionConsultationInput, response: { 200: ZRiskAnalysis } } },
    async (req, reply) => {
      const analysis = await recordUnionConsultation(req.ctx, req.params.id, expectedVersion(req), req.body);
      sendEtag(reply, analysis.version);
      return analysis;
    },
  );

  app.put(
    '/initiatives/:id/risk-analysis/ethics',
    { schema: { tags, summary: 'Record the ethics assessment and the nämnd’s decision (If-Match = the analysis version)', params: ZParams, body: ZEthicsInput, response: { 200: ZRiskAnalysis } } },
    async (req, reply) => {
      const analysis = await assessEthics(req.ctx, req.params.id, expectedVersion(req), req.body);
      sendEtag(reply, analysis.version);
      return analysis;
    },
  );
};
