import type { Permission, Role } from '@domain/roles';
import { permissionsOf } from '@domain/roles';
import type { Db, Tx } from '@server/platform/db/database';
import { transactionWith } from '@server/platform/db/scoped-transaction';
import { tenantReader } from '@server/platform/db/tenant-read';

/** Who is acting, for which organisation. Built from the session, never from the URL or body. */
export type Ctx = {
  actor: { id: string; name: string; email: string };
  organizationId: string;
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  requestId: string;
  ip: string;
  db: Db;
  /** The request carried `Digiplan-Confirm-Personal-Data: yes`: the user confirmed a personal-data warning. */
  personalDataConfirmed?: boolean;
};

/** Builds a context; used by the auth hook and by tests/seeding that act as a user. */
export function buildCtx(input: Omit<Ctx, 'permissions'>): Ctx {
  // Written out rather than spread: V8 (Node 20) takes a slow path for `{ ...x, more }`.
  const { actor, organizationId, roles, requestId, ip, db, personalDataConfirmed } = input;
  return { actor, organizationId, roles, permissions: permissionsOfRoles(roles), requestId, ip, db, personalDataConfirmed };
}

/** Few role combinations exist, and every request needs its set: each is built once. */
const permissionsByRoles = new Map<string, ReadonlySet<Permission>>();
function permissionsOfRoles(roles: readonly Role[]): ReadonlySet<Permission> {
  const key = roles.join(',');
  let permissions = permissionsByRoles.get(key);
  if (!permissions) permissionsByRoles.set(key, (permissions = permissionsOf(roles)));
  return permissions;
}

/**
 * Runs `fn` in a transaction bound to the context's organisation: row-level security then only
 * shows that organisation's rows, even if a query forgot its own predicate.
 */
export async function inTenant<T>(ctx: Pick<Ctx, 'db' | 'organizationId'>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transactionWith(ctx.db, { 'app.organization_id': ctx.organizationId }, fn);
}

/**
 * Like `inTenant`, for use cases that only read: each statement carries the organisation setting
 * itself and costs one round trip, without BEGIN and COMMIT (platform/db/tenant-read.ts, ADR 0003).
 * A write inside fails as read-only. Use it for the hot reads; anything that writes (including
 * an audit entry) stays in `inTenant`.
 */
export async function inTenantRead<T>(ctx: Pick<Ctx, 'db' | 'organizationId'>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return fn(tenantReader(ctx.db, ctx.organizationId));
}

/**
 * Runs `fn` in a transaction that may read across organisations. Only for platform work that has
 * to (login, listing a user's memberships, seeding): callers are named `platform…` and say why.
 */
export async function inPlatform<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transactionWith(db, { 'app.platform': 'on' }, fn);
}
