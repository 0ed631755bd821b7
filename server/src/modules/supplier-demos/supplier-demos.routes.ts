import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZExportFormatQuery } from '@domain/export.contracts';
import { ZIdParams } from '@domain/organization.contracts';
import { ZSupplierDemo, ZSupplierDemoInput, ZSupplierDemoList, ZSupplierDemoListQuery } from '@domain/supplier-demos.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { SHEET_CONTENT_TYPES, sendSheetFile, ZSheetFile } from '@server/platform/http/sheet-export';
import { createSupplierDemo } from '@server/modules/supplier-demos/create-supplier-demo';
import { exportSupplierDemos } from '@server/modules/supplier-demos/export-supplier-demos';
import { findSupplierDemos, getSupplierDemo } from '@server/modules/supplier-demos/find-supplier-demos';
import { updateSupplierDemo } from '@server/modules/supplier-demos/update-supplier-demo';
import { deleteSupplierDemo } from '@server/modules/supplier-demos/delete-supplier-demo';

const tags = ['Leverantörsvisningar'];

/** Supplier demos: read by every member, recorded by `register:manage`. Never a purchase decision. */
export const supplierDemoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/supplier-demos', { schema: { tags, summary: 'The demos, newest first (optionally those linked to a need)', querystring: ZSupplierDemoListQuery, response: { 200: ZSupplierDemoList } } }, async (req) => {
    authorize(req.ctx, 'register:read');
    return { items: await findSupplierDemos(req.ctx, req.query) };
  });

  app.get(
    '/supplier-demos/export',
    { schema: { tags, summary: 'The demos as Excel or CSV, one row per presentation; audited', querystring: ZExportFormatQuery, produces: SHEET_CONTENT_TYPES, response: { 200: ZSheetFile } } },
    async (req, reply) => {
      authorize(req.ctx, 'register:read');
      return sendSheetFile(reply, await exportSupplierDemos(req.ctx, req.query.format));
    },
  );

  app.get('/supplier-demos/:id', { schema: { tags, summary: 'One demo; ETag = its version', params: ZIdParams, response: { 200: ZSupplierDemo } } }, async (req, reply) => {
    authorize(req.ctx, 'register:read');
    const demo = await getSupplierDemo(req.ctx, req.params.id);
    sendEtag(reply, demo.version);
    return demo;
  });

  app.post('/supplier-demos', { schema: { tags, summary: 'Record a supplier demo', body: ZSupplierDemoInput, response: { 201: ZSupplierDemo } } }, async (req, reply) => {
    authorize(req.ctx, 'register:manage');
    const demo = await createSupplierDemo(req.ctx, req.body);
    sendEtag(reply, demo.version);
    return reply.status(201).send(demo);
  });

  app.put(
    '/supplier-demos/:id',
    { schema: { tags, summary: 'Save a demo (If-Match)', params: ZIdParams, body: ZSupplierDemoInput, response: { 200: ZSupplierDemo } } },
    async (req, reply) => {
      await getSupplierDemo(req.ctx, req.params.id);
      authorize(req.ctx, 'register:manage');
      const demo = await updateSupplierDemo(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, demo.version);
      return demo;
    },
  );

  app.delete(
    '/supplier-demos/:id',
    { schema: { tags, summary: 'Delete a demo recorded by mistake (after a confirmation); audited without its texts', params: ZIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await deleteSupplierDemo(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
