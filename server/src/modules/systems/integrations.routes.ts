import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZExportFormatQuery } from '@domain/export.contracts';
import { ZIntegration, ZIntegrationInput, ZIntegrationList, ZIntegrationListQuery } from '@domain/integrations.contracts';
import { ZIdParams } from '@domain/organization.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { SHEET_CONTENT_TYPES, sendSheetFile, ZSheetFile } from '@server/platform/http/sheet-export';
import { createIntegration } from '@server/modules/systems/create-integration';
import { deleteIntegration } from '@server/modules/systems/delete-integration';
import { exportIntegrations } from '@server/modules/systems/export-integrations';
import { findIntegrations, getIntegration } from '@server/modules/systems/find-integrations';
import { updateIntegration } from '@server/modules/systems/update-integration';

const tags = ['Integrationer'];

/** Which systems exchange what information: read by every member, kept by `register:manage`. */
export const integrationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/integrations', { schema: { tags, summary: 'The integrations between the organisation’s systems', querystring: ZIntegrationListQuery, response: { 200: ZIntegrationList } } }, async (req) => {
    authorize(req.ctx, 'register:read');
    return { items: await findIntegrations(req.ctx, req.query) };
  });

  app.get(
    '/integrations/export',
    { schema: { tags, summary: 'The integrations as Excel or CSV; audited', querystring: ZExportFormatQuery, produces: SHEET_CONTENT_TYPES, response: { 200: ZSheetFile } } },
    async (req, reply) => {
      authorize(req.ctx, 'register:read');
      return sendSheetFile(reply, await exportIntegrations(req.ctx, req.query.format));
    },
  );

  app.get('/integrations/:id', { schema: { tags, summary: 'One integration; ETag = its version', params: ZIdParams, response: { 200: ZIntegration } } }, async (req, reply) => {
    authorize(req.ctx, 'register:read');
    const integration = await getIntegration(req.ctx, req.params.id);
    sendEtag(reply, integration.version);
    return integration;
  });

  app.post('/integrations', { schema: { tags, summary: 'Record an integration', body: ZIntegrationInput, response: { 201: ZIntegration } } }, async (req, reply) => {
    authorize(req.ctx, 'register:manage');
    const integration = await createIntegration(req.ctx, req.body);
    sendEtag(reply, integration.version);
    return reply.status(201).send(integration);
  });

  app.put(
    '/integrations/:id',
    { schema: { tags, summary: 'Save an integration (If-Match)', params: ZIdParams, body: ZIntegrationInput, response: { 200: ZIntegration } } },
    async (req, reply) => {
      await getIntegration(req.ctx, req.params.id);
      authorize(req.ctx, 'register:manage');
      const integration = await updateIntegration(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, integration.version);
      return integration;
    },
  );

  app.delete('/integrations/:id', { schema: { tags, summary: 'Remove an integration (If-Match)', params: ZIdParams, response: { 204: z.null() } } }, async (req, reply) => {
    await getIntegration(req.ctx, req.params.id);
    authorize(req.ctx, 'register:manage');
    await deleteIntegration(req.ctx, req.params.id, expectedVersion(req));
    return reply.status(204).send(null);
  });
};
