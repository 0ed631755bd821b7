import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCorrectDecisionRequest, ZDecideNeedRequest, ZDecision, ZDecisionLogExportQuery, ZDecisionLogQuery, ZDecisionPage, ZNeedDecisions } from '@domain/decisions.contracts';
import { ZNeedParams } from '@domain/needs.contracts';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { XLSX_CONTENT_TYPE, ZXlsxFile, sendXlsx } from '@server/platform/http/xlsx';
import { decideNeed } from '@server/modules/decisions/decide-need';
import { correctDecision } from '@server/modules/decisions/correct-decision';
import { z } from 'zod';
import { findNeedDecisions } from '@server/modules/decisions/find-need-decisions';
import { findDecisionLogPage } from '@server/modules/decisions/find-decision-log';
import { exportDecisionLog } from '@server/modules/decisions/export-decision-log';

const tags = ['Beslut'];

/** OLG's decisions on needs and the decision log. */
export const decisionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/needs/:id/decisions',
    {
      schema: {
        tags,
        summary: 'Decide a need: reject, park or proceed (If-Match = the need’s version); proceeding creates the initiative',
        params: ZNeedParams,
        body: ZDecideNeedRequest,
        response: { 201: ZDecision },
      },
    },
    async (req, reply) => {
      const decision = await decideNeed(req.ctx, req.params.id, expectedVersion(req), req.body);
      return reply.status(201).send(decision);
    },
  );

  app.post(
    '/decisions/:id/corrections',
    {
      schema: {
        tags,
        summary: 'Correct a decision: a new decision supersedes it, both stay in the log; the need and its initiative follow (If-Match = the need’s version); correctionReason says why',
        params: z.object({ id: z.uuid() }),
        body: ZCorrectDecisionRequest,
        response: { 201: ZDecision },
      },
    },
    async (req, reply) => reply.status(201).send(await correctDecision(req.ctx, req.params.id, expectedVersion(req), req.body)),
  );

  app.get(
    '/needs/:id/decisions',
    {
      schema: {
        tags,
        summary: 'The decisions on a need, newest first; ETag = the need’s version, to send as If-Match when deciding',
        params: ZNeedParams,
        response: { 200: ZNeedDecisions },
      },
    },
    async (req, reply) => {
      const { needVersion, items } = await findNeedDecisions(req.ctx, req.params.id);
      sendEtag(reply, needVersion);
      return { items };
    },
  );

  app.get(
    '/decisions',
    { schema: { tags, summary: 'The decision log, newest decision date first', querystring: ZDecisionLogQuery, response: { 200: ZDecisionPage } } },
    async (req) => findDecisionLogPage(req.ctx, req.query),
  );

  app.get(
    '/decisions/export',
    {
      schema: {
        tags,
        summary: 'The decision log as an Excel file (.xlsx), filtered like the log, at most 10 000 decisions; audited',
        querystring: ZDecisionLogExportQuery,
        produces: [XLSX_CONTENT_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => {
      const { workbook, filename } = await exportDecisionLog(req.ctx, req.query);
      return sendXlsx(reply, workbook, filename);
    },
  );
};
