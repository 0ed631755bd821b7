import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZExportFormatQuery } from '@domain/export.contracts';
import { ZIdParams } from '@domain/organization.contracts';
import {
  ZCreatePlanRequest,
  ZFixPlanRequest,
  ZMovePlanItemRequest,
  ZPlan,
  ZPlanCandidateList,
  ZPlanCompareQuery,
  ZPlanComparison,
  ZPlanDocument,
  ZPlanDocumentQuery,
  ZPlanItem,
  ZPlanItemInput,
  ZPlanItemParams,
  ZPlanList,
  ZUpdatePlanRequest,
} from '@domain/plans.contracts';
import { ZStrategyFrame, ZStrategyFrameInput } from '@domain/strategy.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { DOCX_CONTENT_TYPE } from '@server/platform/docx/docx-document';
import { sendDownload } from '@server/platform/http/download';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { SHEET_CONTENT_TYPES, ZSheetFile } from '@server/platform/http/sheet-export';
import { inTenantRead } from '@server/platform/tenancy/context';
import { addPlanItem } from '@server/modules/plans/add-plan-item';
import { comparePlanVersions } from '@server/modules/plans/compare-plan-versions';
import { createPlan } from '@server/modules/plans/create-plan';
import { exportRoadmap } from '@server/modules/plans/export-roadmap';
import { findPlans } from '@server/modules/plans/find-plans';
import { fixPlan } from '@server/modules/plans/fix-plan';
import { getPlan } from '@server/modules/plans/get-plan';
import { exportPlanDocx, getPlanDocument } from '@server/modules/plans/get-plan-document';
import { movePlanItem } from '@server/modules/plans/move-plan-item';
import { findPlanCandidates } from '@server/modules/plans/plan-sources';
import { removePlanItem } from '@server/modules/plans/remove-plan-item';
import { getStrategyFrame, saveStrategyFrame } from '@server/modules/plans/save-strategy-frame';
import { startNewPlanVersion } from '@server/modules/plans/start-new-plan-version';
import { updatePlan } from '@server/modules/plans/update-plan';
import { updatePlanItem } from '@server/modules/plans/update-plan-item';

const tags = ['Planer'];
const ZDocxFile = z.string().meta({ description: 'A Word document (.docx).', format: 'binary' });

/**
 * Handlingsplaner: every member reads them (`plan:read`); the coordinator drafts (`plan:edit`);
 * the förvaltningschef fixes (`plan:fix`). Another organisation's plan is 404 before any 403.
 */
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/plans', { schema: { tags, summary: 'The plans, newest version of each', response: { 200: ZPlanList } } }, async (req) => {
    authorize(req.ctx, 'plan:read');
    return { items: await findPlans(req.ctx) };
  });

  app.post('/plans', { schema: { tags, summary: 'Start a plan for a period (a draft, version 1)', body: ZCreatePlanRequest, response: { 201: ZPlan } } }, async (req, reply) => {
    authorize(req.ctx, 'plan:edit');
    const plan = await createPlan(req.ctx, req.body);
    sendEtag(reply, plan.version);
    return reply.status(201).send(plan);
  });

  app.get('/plans/:id', { schema: { tags, summary: 'One plan version with items and resources per year; ETag = its version', params: ZIdParams, response: { 200: ZPlan } } }, async (req, reply) => {
    authorize(req.ctx, 'plan:read');
    const plan = await getPlan(req.ctx, req.params.id);
    sendEtag(reply, plan.version);
    return plan;
  });

  app.put('/plans/:id', { schema: { tags, summary: 'Save a draft’s title and sections (If-Match)', params: ZIdParams, body: ZUpdatePlanRequest, response: { 200: ZPlan } } }, async (req, reply) => {
    await getPlan(req.ctx, req.params.id);
    authorize(req.ctx, 'plan:edit');
    const plan = await updatePlan(req.ctx, req.params.id, req.body, expectedVersion(req));
    sendEtag(reply, plan.version);
    return plan;
  });

  app.post('/plans/:id/fix', { schema: { tags, summary: 'Fix (fastställ) a draft (If-Match); it is frozen from then on', params: ZIdParams, body: ZFixPlanRequest, response: { 200: ZPlan } } }, async (req, reply) => {
    await getPlan(req.ctx, req.params.id);
    authorize(req.ctx, 'plan:fix');
    const plan = await fixPlan(req.ctx, req.params.id, req.body, expectedVersion(req));
    sendEtag(reply, plan.version);
    return plan;
  });

  app.post('/plans/:id/versions', { schema: { tags, summary: 'Start the next version of a fixed plan as a draft copy', params: ZIdParams, response: { 201: ZPlan } } }, async (req, reply) => {
    await getPlan(req.ctx, req.params.id);
    authorize(req.ctx, 'plan:edit');
    const plan = await startNewPlanVersion(req.ctx, req.params.id);
    sendEtag(reply, plan.version);
    return reply.status(201).send(plan);
  });

  app.get('/plans/:id/comparison', { schema: { tags, summary: 'What changed from version `with` to this one', params: ZIdParams, querystring: ZPlanCompareQuery, response: { 200: ZPlanComparison } } }, async (req) => {
    authorize(req.ctx, 'plan:read');
    return comparePlanVersions(req.ctx, req.params.id, req.query.with);
  });

  app.get('/plans/:id/candidates', { schema: { tags, summary: 'Initiatives and assessed needs not yet in the plan', params: ZIdParams, response: { 200: ZPlanCandidateList } } }, async (req) => {
    await getPlan(req.ctx, req.params.id);
    authorize(req.ctx, 'plan:read');
    return { items: await inTenantRead(req.ctx, (tx) => findPlanCandidates(tx, req.ctx, req.params.id)) };
  });

  app.post('/plans/:id/items', { schema: { tags, summary: 'Put an initiative, an assessed need or a free item in a draft', params: ZIdParams, body: ZPlanItemInput, response: { 201: ZPlanItem } } }, async (req, reply) => {
    await getPlan(req.ctx, req.params.id);
    authorize(req.ctx, 'plan:edit');
    const item = await addPlanItem(req.ctx, req.params.id, req.body);
    sendEtag(reply, item.version);
    return reply.status(201).send(item);
  });

  app.put('/plans/:id/items/:itemId', { schema: { tags, summary: 'Save an item of a draft (If-Match on the item)', params: ZPlanItemParams, body: ZPlanItemInput, response: { 200: ZPlanItem } } }, async (req, reply) => {
    await getPlan(req.ctx, req.params.id);
    authorize(req.ctx, 'plan:edit');
    const item = await updatePlanItem(req.ctx, req.params.id, req.params.itemId, req.body, expectedVersion(req));
    sendEtag(reply, item.version);
    return item;
  });

  app.post('/plans/:id/items/:itemId/move', { schema: { tags, summary: 'Move an item to another time or horizon, with a reason (If-Match)', params: ZPlanItemParams, body: ZMovePlanItemRequest, response: { 200: ZPlanItem } } }, async (req, reply) => {
    await getPlan(req.ctx, req.params.id);
    authorize(req.ctx, 'plan:edit');
    const item = await movePlanItem(req.ctx, req.params.id, req.params.itemId, req.body, expectedVersion(req));
    sendEtag(reply, item.version);
    return item;
  });

  app.delete('/plans/:id/items/:itemId', { schema: { tags, summary: 'Take an item out of a draft (If-Match)', params: ZPlanItemParams, response: { 204: z.null() } } }, async (req, reply) => {
    await getPlan(req.ctx, req.params.id);
    authorize(req.ctx, 'plan:edit');
    await removePlanItem(req.ctx, req.params.id, req.params.itemId, expectedVersion(req));
    return reply.status(204).send(null);
  });

  app.get('/plans/:id/document', { schema: { tags, summary: 'The plan as document content (the print view)', params: ZIdParams, querystring: ZPlanDocumentQuery, response: { 200: ZPlanDocument } } }, async (req) => {
    authorize(req.ctx, 'plan:read');
    return getPlanDocument(req.ctx, req.params.id, req.query.asOf);
  });

  app.get(
    '/plans/:id/docx',
    { schema: { tags, summary: 'The plan as a Word file (.docx); audited', params: ZIdParams, querystring: ZPlanDocumentQuery, produces: [DOCX_CONTENT_TYPE], response: { 200: ZDocxFile } } },
    async (req, reply) => {
      authorize(req.ctx, 'plan:read');
      const file = await exportPlanDocx(req.ctx, req.params.id, req.query.asOf);
      return sendDownload(reply, file.body, DOCX_CONTENT_TYPE, file.filename);
    },
  );

  app.get(
    '/plans/:id/roadmap/export',
    { schema: { tags, summary: 'The roadmap rows as Excel or CSV; audited', params: ZIdParams, querystring: ZExportFormatQuery, produces: SHEET_CONTENT_TYPES, response: { 200: ZSheetFile } } },
    async (req, reply) => {
      authorize(req.ctx, 'plan:read');
      const file = await exportRoadmap(req.ctx, req.params.id, req.query.format);
      return sendDownload(reply, file.body, file.contentType, file.filename);
    },
  );

  app.get('/strategy', { schema: { tags, summary: 'The strategy frame: vision, SWOT, stakeholders, success factors; ETag = its version', response: { 200: ZStrategyFrame } } }, async (req, reply) => {
    authorize(req.ctx, 'plan:read');
    const frame = await getStrategyFrame(req.ctx);
    sendEtag(reply, frame.version);
    return frame;
  });

  app.put('/strategy', { schema: { tags, summary: 'Save the strategy frame (If-Match; "0" before the first save)', body: ZStrategyFrameInput, response: { 200: ZStrategyFrame } } }, async (req, reply) => {
    authorize(req.ctx, 'plan:edit');
    const frame = await saveStrategyFrame(req.ctx, req.body, expectedVersion(req));
    sendEtag(reply, frame.version);
    return frame;
  });
};
