import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAuditEventPage, ZAuditEventQuery, ZAuditExportQuery } from '@domain/audit.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { findAuditLogPage } from '@server/modules/audit-log/find-audit-log-page';
import { exportAuditLog } from '@server/modules/audit-log/export-audit-log';

const tags = ['Granskningslogg'];

/**
 * Reading the granskningslogg (`audit:read`). There is deliberately no route that changes or
 * deletes an event: the log is append-only, and the database refuses UPDATE and DELETE as well.
 */
export const auditLogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit-events',
    { schema: { tags, summary: 'The audit log, newest first, filtered and paged', querystring: ZAuditEventQuery, response: { 200: ZAuditEventPage } } },
    async (req) => {
      authorize(req.ctx, 'audit:read');
      return findAuditLogPage(req.ctx, req.query);
    },
  );

  app.get(
    '/audit-events/export',
    {
      schema: {
        tags,
        summary: 'Export the filtered audit log as CSV for Excel (the export is audited)',
        querystring: ZAuditExportQuery,
        response: { 200: { description: 'Semicolon-separated UTF-8 with BOM', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (req, reply) => {
      authorize(req.ctx, 'audit:read');
      const stream = await exportAuditLog(req.ctx, req.query);
      const day = new Date().toISOString().slice(0, 10);
      void reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="granskningslogg-${day}.csv"`)
        .header('cache-control', 'no-store');
      // Fastify streams a Readable as is; the schema above describes the bytes, typed as a string.
      return reply.send(stream as unknown as string);
    },
  );
};
