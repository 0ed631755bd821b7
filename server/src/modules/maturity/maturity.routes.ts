import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZExportFormatQuery } from '@domain/export.contracts';
import { ZIdParams } from '@domain/organization.contracts';
import { ZProblem } from '@domain/problem';
import {
  ZCreateMaturityAssessment,
  ZCreateMaturityIndicator,
  ZMaturityAnswer,
  ZMaturityAssessment,
  ZMaturityAssessmentList,
  ZMaturityAssessmentSummary,
  ZMaturityHistory,
  ZMaturityIndicator,
  ZMaturityIndicatorList,
  ZMaturityIndicatorListQuery,
  ZMaturityNeedCreated,
  ZMaturityNeedRequest,
  ZMaturityResults,
  ZMaturitySettings,
  ZNeedMaturityLinks,
  ZNeedMaturityLinksQuery,
  ZSetMaturityAnswer,
  ZUpdateMaturityIndicator,
  ZUpdateMaturitySettings,
} from '@domain/maturity.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { SHEET_CONTENT_TYPES, sendSheetFile, ZSheetFile } from '@server/platform/http/sheet-export';
import { findMaturityIndicators } from '@server/modules/maturity/find-maturity-indicators';
import { createMaturityIndicator } from '@server/modules/maturity/create-maturity-indicator';
import { updateMaturityIndicator } from '@server/modules/maturity/update-maturity-indicator';
import { createMaturityAssessment } from '@server/modules/maturity/create-maturity-assessment';
import { findMaturityAssessments, getMaturityAssessment } from '@server/modules/maturity/find-maturity-assessments';
import { setMaturityAnswer, StaleAnswer } from '@server/modules/maturity/set-maturity-answer';
import { getMaturityHistory, getMaturityResults } from '@server/modules/maturity/maturity-results';
import { exportMaturityAssessment } from '@server/modules/maturity/export-maturity-assessment';
import { createNeedFromIndicator } from '@server/modules/maturity/create-need-from-indicator';
import { findNeedMaturityLinks } from '@server/modules/maturity/find-need-maturity-links';
import { getMaturitySettings, updateMaturitySettings } from '@server/modules/maturity/maturity-settings';

const tags = ['Mognadsskattning'];
const ZStaleAnswerProblem = ZProblem.extend({ current: ZMaturityAnswer.nullable() });

/**
 * Digital mognadsskattning (issue 17 items 1–5): read by every member (`maturity:read`), rated by
 * the management team (`maturity:rate`), run by admin and coordinator (`maturity:manage`).
 */
export const maturityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/maturity-indicators',
    { schema: { tags, summary: 'The indicators (the default set is copied in on first use)', querystring: ZMaturityIndicatorListQuery, response: { 200: ZMaturityIndicatorList } } },
    async (req) => {
      authorize(req.ctx, 'maturity:read');
      return { items: await findMaturityIndicators(req.ctx, { includeRetired: req.query.includeRetired === 'true' }) };
    },
  );

  app.post('/maturity-indicators', { schema: { tags, summary: 'Add an indicator of our own', body: ZCreateMaturityIndicator, response: { 201: ZMaturityIndicator } } }, async (req, reply) => {
    const indicator = await createMaturityIndicator(req.ctx, req.body);
    sendEtag(reply, indicator.version);
    return reply.status(201).send(indicator);
  });

  app.put(
    '/maturity-indicators/:id',
    { schema: { tags, summary: 'Reword, retire or bring back an indicator (If-Match); earlier answers keep their wording', params: ZIdParams, body: ZUpdateMaturityIndicator, response: { 200: ZMaturityIndicator } } },
    async (req, reply) => {
      const indicator = await updateMaturityIndicator(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, indicator.version);
      return indicator;
    },
  );

  app.get('/maturity-assessments', { schema: { tags, summary: 'The assessments, newest first, with their index', response: { 200: ZMaturityAssessmentList } } }, async (req) => {
    authorize(req.ctx, 'maturity:read');
    return { items: await findMaturityAssessments(req.ctx) };
  });

  app.post('/maturity-assessments', { schema: { tags, summary: 'Start an assessment', body: ZCreateMaturityAssessment, response: { 201: ZMaturityAssessmentSummary } } }, async (req, reply) => {
    return reply.status(201).send(await createMaturityAssessment(req.ctx, req.body));
  });

  app.get('/maturity/history', { schema: { tags, summary: 'The maturity index over the years', response: { 200: ZMaturityHistory } } }, async (req) => {
    authorize(req.ctx, 'maturity:read');
    return getMaturityHistory(req.ctx);
  });

  app.get('/maturity-assessments/:id', { schema: { tags, summary: 'One assessment with its answers and linked needs', params: ZIdParams, response: { 200: ZMaturityAssessment } } }, async (req) => {
    authorize(req.ctx, 'maturity:read');
    return getMaturityAssessment(req.ctx, req.params.id);
  });

  app.put(
    '/maturity-assessments/:id/answers',
    { schema: { tags, summary: 'Set one rating with its comment (If-Match: the answer’s version, "0" when unrated); 412 carries the other person’s answer as `current`', params: ZIdParams, body: ZSetMaturityAnswer, response: { 200: ZMaturityAnswer, 412: ZStaleAnswerProblem } } },
    async (req, reply) => {
      try {
        const answer = await setMaturityAnswer(req.ctx, req.params.id, req.body, expectedVersion(req));
        sendEtag(reply, answer.version);
        return answer;
      } catch (error) {
        if (!(error instanceof StaleAnswer)) throw error;
        return reply
          .status(412)
          .type('application/problem+json')
          .send({ type: 'https://digiplan.se/problems/precondition_failed', title: 'Precondition failed', status: 412, code: 'precondition_failed', detail: error.message, requestId: req.id, current: error.current });
      }
    },
  );

  app.get('/maturity-assessments/:id/results', { schema: { tags, summary: 'Shares, index (with the formula), changes since last time, comparison', params: ZIdParams, response: { 200: ZMaturityResults } } }, async (req) => {
    authorize(req.ctx, 'maturity:read');
    return getMaturityResults(req.ctx, req.params.id);
  });

  app.get(
    '/maturity-assessments/:id/export',
    { schema: { tags, summary: 'The assessment with every comment as Excel or CSV; audited', params: ZIdParams, querystring: ZExportFormatQuery, produces: SHEET_CONTENT_TYPES, response: { 200: ZSheetFile } } },
    async (req, reply) => {
      authorize(req.ctx, 'maturity:read');
      return sendSheetFile(reply, await exportMaturityAssessment(req.ctx, req.params.id, req.query.format));
    },
  );

  app.post(
    '/maturity-assessments/:id/needs',
    { schema: { tags, summary: 'Turn a planned or not started indicator into a need (linked both ways)', params: ZIdParams, body: ZMaturityNeedRequest, response: { 201: ZMaturityNeedCreated } } },
    async (req, reply) => reply.status(201).send(await createNeedFromIndicator(req.ctx, req.params.id, req.body)),
  );

  app.get(
    '/maturity/need-links',
    { schema: { tags, summary: 'The indicators a need was made from (shown on the need page)', querystring: ZNeedMaturityLinksQuery, response: { 200: ZNeedMaturityLinks } } },
    async (req) => {
      authorize(req.ctx, 'maturity:read');
      return { items: await findNeedMaturityLinks(req.ctx, req.query.needId) };
    },
  );

  app.get('/maturity/settings', { schema: { tags, summary: 'Whether the organisation takes part in the comparison', response: { 200: ZMaturitySettings } } }, async (req, reply) => {
    authorize(req.ctx, 'maturity:read');
    const settings = await getMaturitySettings(req.ctx);
    sendEtag(reply, settings.version);
    return settings;
  });

  app.put('/maturity/settings', { schema: { tags, summary: 'Opt in or out of the comparison (If-Match)', body: ZUpdateMaturitySettings, response: { 200: ZMaturitySettings } } }, async (req, reply) => {
    const settings = await updateMaturitySettings(req.ctx, req.body.compareOptIn, expectedVersion(req));
    sendEtag(reply, settings.version);
    return settings;
  });
};
