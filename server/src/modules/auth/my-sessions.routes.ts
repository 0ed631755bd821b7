import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZMySessionList, ZMySessionParams, ZOtherSessionsEnded } from '@domain/sessions.contracts';
import type { Db } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import { clearSessionCookie } from '@server/platform/auth/cookies';
import type { Principal } from '@server/platform/auth/sessions';
import { listMySessions } from '@server/modules/auth/list-my-sessions';
import { endMySession } from '@server/modules/auth/end-my-session';
import { endMyOtherSessions } from '@server/modules/auth/end-my-other-sessions';

const tags = ['Inloggning'];

function principalOf(request: { principal: Principal | undefined }): Principal {
  if (!request.principal) throw new AppError('unauthenticated');
  return request.principal;
}

/**
 * The person's own sessions ("Mina inloggningar"): list them, end one, end all but this one. They
 * need a session but no organisation, and reach only the person's own sessions.
 */
export const mySessionRoutes: FastifyPluginAsyncZod<{ db: Db; secureCookies: boolean }> = async (app, { db, secureCookies }) => {
  app.get(
    '/me/sessions',
    { config: { auth: 'user' }, schema: { tags, summary: 'My active sessions', response: { 200: ZMySessionList } } },
    async (req, reply) => {
      void reply.header('cache-control', 'no-store');
      return listMySessions(db, principalOf(req));
    },
  );

  app.delete(
    '/me/sessions/:id',
    { config: { auth: 'user' }, schema: { tags, summary: 'End one of my sessions', params: ZMySessionParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const { wasCurrent } = await endMySession(db, principalOf(req), req.params.id, { requestId: req.id, ip: req.ip });
      if (wasCurrent) clearSessionCookie(reply, secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/me/sessions/end-others',
    { config: { auth: 'user' }, schema: { tags, summary: 'End all my sessions except this one', response: { 200: ZOtherSessionsEnded } } },
    async (req) => endMyOtherSessions(db, principalOf(req), { requestId: req.id, ip: req.ip }),
  );
};
