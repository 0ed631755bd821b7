import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZEmailPreferences, ZOutboxPage, ZOutboxQuery, ZUpdateEmailPreferences } from '@domain/email.contracts';
import { ZIdParams } from '@domain/organization.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { findOutboxPage } from '@server/modules/email/find-outbox-page';
import { retryFailedEmail } from '@server/modules/email/retry-failed-email';
import { getMyEmailPreferences } from '@server/modules/email/get-my-email-preferences';
import { setMyEmailPreferences } from '@server/modules/email/set-my-email-preferences';

const tags = ['E-post'];

/**
 * The current user's e-mail choices in the current organisation ("Mina e-postinställningar"), and the
 * organisation's outbox for the administrator ("Utkorg", `organization:manage`).
 */
export const emailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me/email-preferences',
    { schema: { tags, summary: 'Which kinds of e-mail I get in this organisation', response: { 200: ZEmailPreferences } } },
    async (req, reply) => {
      void reply.header('cache-control', 'no-store');
      return getMyEmailPreferences(req.ctx);
    },
  );

  app.put(
    '/me/email-preferences',
    { schema: { tags, summary: 'Choose which kinds of e-mail I get in this organisation', body: ZUpdateEmailPreferences, response: { 200: ZEmailPreferences } } },
    async (req) => setMyEmailPreferences(req.ctx, req.body),
  );

  app.get(
    '/email-outbox',
    { schema: { tags, summary: 'The organisation’s outbox, newest first: sent, waiting and failed e-mails (organization:manage)', querystring: ZOutboxQuery, response: { 200: ZOutboxPage } } },
    async (req, reply) => {
      authorize(req.ctx, 'organization:manage');
      void reply.header('cache-control', 'no-store');
      return findOutboxPage(req.ctx, req.query);
    },
  );

  app.post(
    '/email-outbox/:id/retry',
    { schema: { tags, summary: 'Send a failed e-mail again (organization:manage); 409 unless it failed', params: ZIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await retryFailedEmail(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
