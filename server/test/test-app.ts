import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp, type AppDeps } from '@server/app';
import { connect, type Db } from '@server/platform/db/database';
import type { LoginLimits } from '@server/modules/auth/login-limits';
import { TEMPLATE_DATABASE } from './global-setup';

// Tests log in wrongly on purpose; only the limit's own test sets real limits.
const UNLIMITED_LOGINS: LoginLimits = { perAccount: { maxFailures: 10_000, windowMs: 60_000 }, perAddress: { maxFailures: 10_000, windowMs: 60_000 } };

export type TestApp = { app: FastifyInstance; db: Db; adminUrl: string; close: () => Promise<void> };

/** The fixed SECRET_KEY of every test app (never used outside tests). */
export const TEST_SECRET_KEY = 'test-only-secret-key-not-for-production-0123456789';

/**
 * A fresh app on a database of its own, cloned from the migrated template, connected as the
 * unprivileged app role so row-level security is in force exactly as in production.
 */
export async function createTestApp(
  options: { loginLimits?: LoginLimits; logLines?: string[]; appDeps?: Partial<Pick<AppDeps, 'secretKey' | 'publicUrl' | 'ssoAllowInsecureLoopbackIssuers'>> } = {},
): Promise<TestApp> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('pgAdminBase') + 'postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const database = connect(inject('pgAppBase') + name, 5);
  const app = await buildApp({ db: database.db, loginLimits: options.loginLimits ?? UNLIMITED_LOGINS,
    // logLines collects every log line (info and up), for tests of what the log may not contain.
    ...(options.logLines ? { logger: { level: 'info', stream: { write: (line: string) => void options.logLines!.push(line) } } } : {}),
    // TEST_FAST_SERIALIZER=true runs the suite with the production serializer instead.
    validateResponses: process.env.TEST_FAST_SERIALIZER !== 'true',
    secretKey: TEST_SECRET_KEY,
    ...options.appDeps,
  });
  await app.ready();
  return {
    app,
    db: database.db,
    adminUrl: inject('pgAdminBase') + name,
    close: async () => {
      await app.close();
      await database.close();
      const cleanup = new pg.Client({ connectionString: inject('pgAdminBase') + 'postgres' });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Options = { headers?: Record<string, string>; ifMatch?: string | number; rawBody?: string };

/** A logged-in user talking to the API through app.inject(), with cookie and CSRF header set. */
export type ApiClient = {
  userId: string;
  /** The session cookie and CSRF header this client sends. */
  headers: Record<string, string>;
  request: (method: Method, url: string, body?: unknown, options?: Options) => Promise<LightMyRequestResponse>;
  get: (url: string, options?: Options) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown, options?: Options) => Promise<LightMyRequestResponse>;
  put: (url: string, body?: unknown, options?: Options) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: unknown, options?: Options) => Promise<LightMyRequestResponse>;
  delete: (url: string, options?: Options) => Promise<LightMyRequestResponse>;
};

/** Logs in through the real login route and returns a client carrying that session. */
export async function logInAs(app: FastifyInstance, email: string, password: string): Promise<ApiClient> {
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (login.statusCode !== 200) throw new Error(`login failed for ${email}: ${login.statusCode} ${login.body}`);
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const session = login.json<{ csrfToken: string; user: { id: string } }>();
  const headers = { cookie, 'x-csrf-token': session.csrfToken };
  const request: ApiClient['request'] = (method, url, body, options = {}) =>
    app.inject({
      method,
      url,
      ...(options.rawBody !== undefined ? { payload: options.rawBody } : body === undefined ? {} : { payload: body as object }),
      headers: {
        ...headers,
        ...(options.ifMatch === undefined ? {} : { 'if-match': typeof options.ifMatch === 'number' ? `"${options.ifMatch}"` : options.ifMatch }),
        ...options.headers,
      },
    });
  return {
    userId: session.user.id,
    headers,
    request,
    get: (url, options) => request('GET', url, undefined, options),
    post: (url, body, options) => request('POST', url, body ?? {}, options),
    put: (url, body, options) => request('PUT', url, body ?? {}, options),
    patch: (url, body, options) => request('PATCH', url, body ?? {}, options),
    delete: (url, options) => request('DELETE', url, undefined, options),
  };
}
