import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Db } from '@server/platform/db/database';
import { authPlugin } from '@server/platform/auth/auth.plugin';
import { answerFrameworkError, registerProblemHandlers } from '@server/platform/http/problem';
import { registerInputGuard } from '@server/platform/http/input-guard';
import { requestForLog } from '@server/platform/http/log-safety';
import { registerHardening } from '@server/platform/http/hardening';
import { registerOpenApi } from '@server/platform/http/openapi';
import { registerHealth } from '@server/platform/http/health';
import { checkedSerializerCompiler, fastSerializerCompiler } from '@server/platform/http/fast-serializer';
import { registerWebApp } from '@server/platform/http/web-app';
import { authRoutes } from '@server/modules/auth/auth.routes';
import { installationRoutes } from '@server/modules/organizations/installation.routes';
import { installationAdminRoutes } from '@server/modules/installation/installation-admin.routes';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from '@server/modules/auth/login-limits';
import { apiModules } from '@server/modules';
import { ssoRoutes } from '@server/modules/sso/sso-login.routes';

/** One registered route and how it is protected; tests pin the public ones. */
export type RouteSummary = { method: string; url: string; isPublic: boolean; auth: 'user' | undefined };

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteSummary[];
  }
}

export type AppDeps = {
  db: Db;
  secureCookies?: boolean;
  /** Log level, and in tests a stream to capture the lines. */
  logger?: boolean | { level: string; stream?: { write: (line: string) => void } };
  /** Folder with the built web app; omitted in API-only tests. */
  webRoot?: string;
  /** Failed logins allowed per account and per client address (default `DEFAULT_LOGIN_LIMITS`). */
  loginLimits?: LoginLimits;
  /** How long a looked-up session may be reused (ms; 0 = look up on every request). Default 5 s. */
  principalCacheMs?: number;
  /** Check every response against its zod schema (default; tests). Production turns it off. */
  validateResponses?: boolean;
  /** `SECRET_KEY`: seals stored secrets (SSO client secrets); single sign-on needs it. */
  secretKey?: string;
  /** `PUBLIC_URL`: the origin users reach Digiplan at, for SSO redirect URIs. */
  publicUrl?: string;
  /** Tests only: accept http://127.0.0.1 issuers (the in-process OpenID provider). */
  ssoAllowInsecureLoopbackIssuers?: boolean;
};

/** Request bodies above this are refused with 413 (forms are small; imports get their own limit). */
export const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the HTTP application: platform plugins first, then one plugin per module. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ? { ...(deps.logger === true ? {} : deps.logger), serializers: { req: requestForLog } } : false,
    frameworkErrors: answerFrameworkError,
    bodyLimit: BODY_LIMIT_BYTES,
    // Request ids only correlate log lines and problems; randomUUID draws from a pre-filled
    // cache, uuid's v7 asked the OS for random bytes on every request.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: false,
    routerOptions: { maxParamLength: 200 },
  });
  const routeTable: RouteSummary[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    // The interactive API docs are public like the OpenAPI document they render.
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, public: true };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      routeTable.push({ method, url: route.url, isPublic: route.config?.public === true, auth: route.config?.auth });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  // Validating every response against its zod schema costs 40 % of the list's throughput, so it is
  // on in tests (where a mismatch must fail, and production's serializer must agree) and off in
  // production (fast-json-stringify instead).
  app.setSerializerCompiler(deps.validateResponses === false ? fastSerializerCompiler : checkedSerializerCompiler);
  registerProblemHandlers(app);
  registerInputGuard(app);
  // Synchronous hooks where nothing is awaited: an async hook costs a promise per request.
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });

  await registerHardening(app);
  await app.register(cookie);
  await registerOpenApi(app);
  registerHealth(app, deps.db);
  await app.register(authPlugin, { db: deps.db, principalCacheMs: deps.principalCacheMs ?? 5_000, secureCookies: deps.secureCookies ?? false });

  await app.register(
    async (api) => {
      await api.register(authRoutes, {
        db: deps.db,
        secureCookies: deps.secureCookies ?? false,
        loginLimits: deps.loginLimits ?? DEFAULT_LOGIN_LIMITS,
      });
      await api.register(installationRoutes, { db: deps.db });
      await api.register(ssoRoutes, {
        db: deps.db,
        secureCookies: deps.secureCookies ?? false,
        loginLimits: deps.loginLimits ?? DEFAULT_LOGIN_LIMITS,
        secretKey: deps.secretKey,
        publicUrl: deps.publicUrl,
        allowInsecureLoopbackIssuers: deps.ssoAllowInsecureLoopbackIssuers,
      });
      await api.register(installationAdminRoutes, { db: deps.db, secureCookies: deps.secureCookies ?? false });
      for (const module of apiModules) await api.register(module);
    },
    { prefix: '/api/v1' },
  );

  if (deps.webRoot) await registerWebApp(app, deps.webRoot);
  return app;
}
