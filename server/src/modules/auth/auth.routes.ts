import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZChangePasswordRequest, ZLoginRequest, ZSessionResponse, ZSwitchOrganizationRequest } from '@domain/auth.contracts';
import type { Db } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import { clearSessionCookie, setSessionCookie } from '@server/platform/auth/cookies';
import { deleteSession, findPrincipal, setSessionOrganization, type Principal } from '@server/platform/auth/sessions';
import { assertSameOrigin } from '@server/platform/http/origin';
import { logIn } from '@server/modules/auth/log-in';
import { LoginLimitReached, type LoginLimits } from '@server/modules/auth/login-limits';
import { getSession } from '@server/modules/auth/get-session';
import { changePassword } from '@server/modules/auth/change-password';
import { platformFindMembershipsOfUser } from '@server/modules/users/users.platform';
import { myInvitationRoutes } from '@server/modules/members/my-invitations.routes';
import { mySessionRoutes } from '@server/modules/auth/my-sessions.routes';

export type AuthRoutesOptions = { db: Db; secureCookies: boolean; loginLimits: LoginLimits };

const tags = ['Inloggning'];

function principalOf(request: { principal: Principal | undefined }): Principal {
  if (!request.principal) throw new AppError('unauthenticated');
  return request.principal;
}

/** Log in and out, the current session, switching organisation and changing password. */
export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, { db, secureCookies, loginLimits }) => {
  // A person's own invitations need the session but no organisation, like the routes below.
  await app.register(myInvitationRoutes, { db });
  await app.register(mySessionRoutes, { db, secureCookies });

  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: { tags, summary: 'Log in with e-mail and password', body: ZLoginRequest, response: { 200: ZSessionResponse } },
    },
    async (request, reply) => {
      assertSameOrigin(request, secureCookies);
      const { token } = await logIn(db, request.body, { requestId: request.id, ip: request.ip }, loginLimits, request.headers['user-agent']).catch((error: unknown) => {
        if (error instanceof LoginLimitReached) void reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      });
      setSessionCookie(reply, token, secureCookies);
      const principal = await findPrincipal(db, token);
      return getSession(db, principalOf({ principal }));
    },
  );

  app.post(
    '/auth/logout',
    { config: { auth: 'user' }, schema: { tags, summary: 'End the current session', response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteSession(db, principalOf(request).tokenHash);
      clearSessionCookie(reply, secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/session',
    { config: { auth: 'user' }, schema: { tags, summary: 'The logged-in user, organisation and permissions', response: { 200: ZSessionResponse } } },
    async (request) => getSession(db, principalOf(request)),
  );

  app.put(
    '/auth/session/organization',
    {
      config: { auth: 'user' },
      schema: { tags, summary: 'Switch the current organisation', body: ZSwitchOrganizationRequest, response: { 200: ZSessionResponse } },
    },
    async (request) => {
      const principal = principalOf(request);
      const memberships = await platformFindMembershipsOfUser(db, principal.userId);
      const target = memberships.find((m) => m.organizationId === request.body.organizationId);
      if (!target) throw new AppError('not_found', 'You are not a member of that organisation.');
      await setSessionOrganization(db, principal.tokenHash, target.organizationId);
      return getSession(db, { ...principal, organizationId: target.organizationId, roles: target.roles });
    },
  );

  app.post(
    '/auth/password',
    {
      config: { auth: 'user' },
      schema: { tags, summary: 'Change the password (required after a one-time password)', body: ZChangePasswordRequest, response: { 200: ZSessionResponse } },
    },
    async (request, reply) => {
      const { token } = await changePassword(db, principalOf(request), request.body, { requestId: request.id, ip: request.ip }, request.headers['user-agent']);
      setSessionCookie(reply, token, secureCookies);
      return getSession(db, principalOf({ principal: await findPrincipal(db, token) }));
    },
  );
};
