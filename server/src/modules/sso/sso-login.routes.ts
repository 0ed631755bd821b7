import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZLoginMethodRequest, ZLoginMethodResponse } from '@domain/sso.contracts';
import { setSessionCookie } from '@server/platform/auth/cookies';
import { assertSameOrigin } from '@server/platform/http/origin';
import { LoginLimitReached } from '@server/modules/auth/login-limits';
import { ssoSettingsRoutes } from '@server/modules/sso/sso.routes';
import { decideLoginMethod, refusalPage, SSO_LOGIN_TTL_MS } from '@server/modules/sso/start-sso-login';
import { completeSsoLogin } from '@server/modules/sso/complete-sso-login';
import { CALLBACK_PATH, redirectUriFor, type SsoOptions } from '@server/modules/sso/sso.options';

const tags = ['Inloggning'];

/** Binds a started single sign-on to the browser that started it (HttpOnly, only its hash is stored). */
const browserCookie = (secure: boolean) => (secure ? '__Host-digiplan_sso' : 'digiplan_sso');

const ZCallbackQuery = z
  .object({
    // Entra ID's codes run to about 2 000 characters.
    code: z.string().max(2900).optional(),
    state: z.string().max(1000).optional(),
    iss: z.string().max(1000).optional(),
    error: z.string().max(200).optional(),
    error_description: z.string().max(2900).optional(),
    session_state: z.string().max(1000).optional(),
  });

/** Single sign-on: the administrator's settings, and (public) the login's start and the provider's return. */
export const ssoRoutes: FastifyPluginAsyncZod<SsoOptions> = async (app, options) => {
  await app.register(ssoSettingsRoutes, options);

  app.post(
    '/auth/login-method',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'How an e-mail address logs in: password, or single sign-on with the address to send the browser to',
        body: ZLoginMethodRequest,
        response: { 200: ZLoginMethodResponse },
      },
    },
    async (request, reply) => {
      assertSameOrigin(request, options.secureCookies);
      const { answer, browserToken } = await decideLoginMethod(options, request.body.email, redirectUriFor(request, options), {
        requestId: request.id,
        ip: request.ip,
      }).catch((error: unknown) => {
        if (error instanceof LoginLimitReached) void reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      });
      if (browserToken) {
        void reply.setCookie(browserCookie(options.secureCookies), browserToken, {
          httpOnly: true,
          sameSite: 'lax',
          secure: options.secureCookies,
          path: '/',
          maxAge: SSO_LOGIN_TTL_MS / 1000,
        });
      }
      void reply.header('cache-control', 'no-store');
      return answer;
    },
  );

  app.get(
    CALLBACK_PATH.replace('/api/v1', ''),
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Where the identity provider sends the browser back; logs in and redirects to the start page, or to the login page with the reason',
        querystring: ZCallbackQuery,
      },
    },
    async (request, reply) => {
      const cookie = browserCookie(options.secureCookies);
      const url = new URL(request.url, 'http://callback.invalid');
      const result = await completeSsoLogin(options, url, request.cookies[cookie], { requestId: request.id, ip: request.ip }).catch((error: unknown) => {
        if (error instanceof LoginLimitReached) return { limited: true as const };
        throw error;
      });
      void reply.clearCookie(cookie, { path: '/', httpOnly: true, sameSite: 'lax', secure: options.secureCookies });
      void reply.header('cache-control', 'no-store');
      if ('limited' in result) return reply.redirect(refusalPage('too_many'), 303);
      if ('refused' in result) return reply.redirect(refusalPage(result.refused.reason), 303);
      setSessionCookie(reply, result.token, options.secureCookies);
      return reply.redirect('/', 303);
    },
  );
};
