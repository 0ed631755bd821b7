import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZAssessment,
  ZAssessmentHistory,
  ZFixAssessmentRequest,
  ZMatrix,
  ZMatrixQuery,
  ZRaterScoreRequest,
} from '@domain/assessment.contracts';
import { ZNeedParams } from '@domain/needs.contracts';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { getCurrentAssessment } from '@server/modules/assessments/get-current-assessment';
import { findAssessmentHistory } from '@server/modules/assessments/find-assessment-history';
import { startAssessment } from '@server/modules/assessments/start-assessment';
import { saveMyScores } from '@server/modules/assessments/save-my-scores';
import { fixAssessment } from '@server/modules/assessments/fix-assessment';
import { findMatrix } from '@server/modules/assessments/find-matrix';
import { presentAssessment } from '@server/modules/assessments/present-assessment';

const tags = ['Bedömning'];

/** Assessment rounds of a need (start, score, fix, history) and the prioritisation matrix. */
export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/needs/:id/assessment',
    {
      schema: {
        tags,
        summary: 'The current assessment round of a need (open or fixed); ETag = its version',
        params: ZNeedParams,
        response: { 200: ZAssessment },
      },
    },
    async (req, reply) => {
      const view = await getCurrentAssessment(req.ctx, req.params.id);
      sendEtag(reply, view.round.version);
      return presentAssessment(req.ctx, view);
    },
  );

  app.post(
    '/needs/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Start a new assessment round; a current round becomes history (If-Match of that round required when one exists)',
        params: ZNeedParams,
        response: { 201: ZAssessment },
      },
    },
    async (req, reply) => {
      const expected = req.headers['if-match'] === undefined ? undefined : expectedVersion(req);
      const view = await startAssessment(req.ctx, req.params.id, expected);
      sendEtag(reply, view.round.version);
      return reply.status(201).send(presentAssessment(req.ctx, view));
    },
  );

  app.put(
    '/needs/:id/assessment/my-scores',
    {
      schema: {
        tags,
        summary: 'Save my own independent scores in the open round (replaces my earlier scores)',
        params: ZNeedParams,
        body: ZRaterScoreRequest,
        response: { 200: ZAssessment },
      },
    },
    async (req, reply) => {
      const view = await saveMyScores(req.ctx, req.params.id, req.body);
      sendEtag(reply, view.round.version);
      return presentAssessment(req.ctx, view);
    },
  );

  app.post(
    '/needs/:id/assessment/fix',
    {
      schema: {
        tags,
        summary: 'Fix the agreed scores of the open round (If-Match on the round); derives quadrant and priority',
        params: ZNeedParams,
        body: ZFixAssessmentRequest,
        response: { 200: ZAssessment },
      },
    },
    async (req, reply) => {
      const view = await fixAssessment(req.ctx, req.params.id, expectedVersion(req), req.body);
      sendEtag(reply, view.round.version);
      return presentAssessment(req.ctx, view);
    },
  );

  app.get(
    '/needs/:id/assessments',
    {
      schema: { tags, summary: 'Every assessment round of a need, newest first', params: ZNeedParams, response: { 200: ZAssessmentHistory } },
    },
    async (req) => {
      const views = await findAssessmentHistory(req.ctx, req.params.id);
      return { items: views.map((view) => presentAssessment(req.ctx, view)) };
    },
  );

  app.get(
    '/matrix',
    {
      schema: {
        tags: ['Prioriteringsmatris'],
        summary: 'Every assessed need as a point (feasibility × potential), filtered; at most 2000 points',
        querystring: ZMatrixQuery,
        response: { 200: ZMatrix },
      },
    },
    async (req) => findMatrix(req.ctx, req.query),
  );
};
