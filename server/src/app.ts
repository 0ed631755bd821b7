import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '@server/platform/db/database';
import { authPlugin } from '@server/platform/auth/auth.plugin';
import { registerProblemHandlers } from '@server/platform/http/problem';
import { registerHardening } from '@server/platform/http/hardening';
import { registerOpenApi } from '@server/platform/http/openapi';
import { registerHealth } from '@server/platform/http/health';
import { registerWebApp } from '@server/platform/http/web-app';
import { authRoutes } from '@server/modules/auth/auth.routes';
import { apiModules } from '@server/modules';

export type AppDeps = {
  db: Db;
  secureCookies?: boolean;
  logger?: boolean | { level: string };
  /** Folder with the built web app; omitted in API-only tests. */
  webRoot?: string;
  loginRateLimit?: { max: number; timeWindow: number };
};

/** Request bodies above this are refused with 413 (forms are small; imports get their own limit). */
export const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the HTTP application: platform plugins first, then one plugin per module. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: () => uuidv7(),
    requestIdHeader: false,
    trustProxy: false,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  await registerHardening(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerOpenApi(app);
  registerHealth(app, deps.db);
  await app.register(authPlugin, { db: deps.db });

  await app.register(
    async (api) => {
      await api.register(authRoutes, {
        db: deps.db,
        secureCookies: deps.secureCookies ?? false,
        loginRateLimit: deps.loginRateLimit ?? { max: 10, timeWindow: 5 * 60_000 },
      });
      for (const module of apiModules) await api.register(module);
    },
    { prefix: '/api/v1' },
  );

  if (deps.webRoot) await registerWebApp(app, deps.webRoot);
  return app;
}
