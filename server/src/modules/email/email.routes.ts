import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZEmailPreferences, ZUpdateEmailPreferences } from '@domain/email.contracts';
import { getMyEmailPreferences } from '@server/modules/email/get-my-email-preferences';
import { setMyEmailPreferences } from '@server/modules/email/set-my-email-preferences';

const tags = ['E-post'];

/** The current user's e-mail choices in the current organisation ("Mina e-postinställningar"). */
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
};
