import { timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Permission } from '@domain/roles';
import { CONFIRM_PERSONAL_DATA_HEADER } from '@domain/problem';
import type { Db } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import { findPrincipal, hashToken, type Principal } from '@server/platform/auth/sessions';
import { createPrincipalCache } from '@server/platform/auth/principal-cache';
import { buildCtx, type Ctx } from '@server/platform/tenancy/context';
import { recordSecurityEvent } from '@server/platform/audit/audit';
import { assertSameOrigin } from '@server/platform/http/origin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session. Every such route is pinned by a test. */
    public?: boolean;
    /** 'user': needs a session but no current organisation (session, switching, password). */
    auth?: 'user';
  }
  interface FastifyRequest {
    principal: Principal | undefined;
    /** The tenant context; set on every route that is neither public nor `auth: 'user'`. */
    ctx: Ctx;
  }
}

export const SESSION_COOKIE = 'digiplan_session';
export const SECURE_SESSION_COOKIE = '__Host-digiplan_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Rejects cross-site state changes: the Origin (when the browser sends one) must be this app's
 * origin, and the CSRF header must carry the session's token (JavaScript on our origin is the only
 * one that can read it).
 */
function checkCsrf(request: FastifyRequest, principal: Principal, https: boolean): void {
  if (SAFE_METHODS.has(request.method)) return;
  assertSameOrigin(request, https);
  const header = request.headers[CSRF_HEADER];
  if (typeof header !== 'string' || !sameToken(header, principal.csrfToken)) {
    throw new AppError('csrf_failed', 'The CSRF token is missing or wrong. Reload the page.');
  }
}

/** Throws 403 unless the context has `permission`. Use after loading the object (404 first). */
export function authorize(ctx: Ctx, permission: Permission): void {
  if (!ctx.permissions.has(permission)) {
    throw new AppError('forbidden', `This requires the permission ${permission}.`);
  }
}

/** Reads the session cookie, whichever of the two names is in use. */
export function sessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[SECURE_SESSION_COOKIE] ?? request.cookies[SESSION_COOKIE];
}

/**
 * Deny by default: every route needs a valid session unless it says `config.public`, and a current
 * organisation unless it says `config.auth = 'user'`. The context comes from the session only.
 */
export const authPlugin = fp<{ db: Db; principalCacheMs: number; secureCookies: boolean }>(async (app, { db, principalCacheMs, secureCookies }) => {
  app.decorateRequest('principal', undefined);
  app.decorateRequest('ctx', undefined as unknown as Ctx);
  const principals = createPrincipalCache(principalCacheMs);

  /** Lets a request in as `principal`, or throws why not (CSRF, password change, no organisation). */
  function admit(request: FastifyRequest, principal: Principal): void {
    request.principal = principal;
    checkCsrf(request, principal, secureCookies);
    if (request.routeOptions.config.auth === 'user') return;
    if (principal.mustChangePassword) {
      throw new AppError('forbidden', 'Choose a new password before continuing.');
    }
    if (!principal.organizationId) {
      throw new AppError('forbidden', 'You are not a member of any organisation.');
    }
    request.ctx = buildCtx({
      actor: { id: principal.userId, name: principal.name, email: principal.email },
      organizationId: principal.organizationId,
      roles: principal.roles,
      requestId: request.id,
      ip: request.ip,
      db,
      personalDataConfirmed: request.headers[CONFIRM_PERSONAL_DATA_HEADER] === 'yes',
    });
  }

  /** The path through the database: a session not seen in the last seconds, or none at all. */
  async function authenticate(request: FastifyRequest, token: string | undefined): Promise<void> {
    const principal = token ? await principals.load(hashToken(token), () => findPrincipal(db, token)) : undefined;
    if (!principal) {
      if (request.routeOptions.url !== '/api/v1/auth/session') {
        await recordSecurityEvent(db, {
          kind: 'request_denied',
          detail: { method: request.method, url: request.url, reason: 'unauthenticated' },
          requestId: request.id,
          ip: request.ip,
        });
      }
      throw new AppError('unauthenticated', 'Log in to continue.');
    }
    admit(request, principal);
  }

  // Any change may touch sessions, memberships or roles: forget every cached principal before the
  // answer leaves, so the next request of anyone in this process is checked against the database.
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (!SAFE_METHODS.has(request.method)) principals.clear();
    done(null, payload);
  });

  // Written with a callback so that a session seen in the last seconds costs no promise at all.
  app.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
    if (request.routeOptions.config.public) return done();
    const token = sessionToken(request);
    const cached = token ? principals.get(hashToken(token)) : undefined;
    if (!cached) {
      authenticate(request, token).then(() => done(), done);
      return;
    }
    try {
      admit(request, cached);
    } catch (error) {
      return done(error as Error);
    }
    done();
  });
});
