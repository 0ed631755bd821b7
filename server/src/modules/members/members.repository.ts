import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { Role } from '@domain/roles';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { memberships, users } from '@server/modules/users/users.tables';

type Scope = Pick<Ctx, 'organizationId'>;

/** A membership of the organisation with the (global) user it belongs to. */
export type MemberRow = {
  id: string;
  userId: string;
  roles: Role[];
  version: number;
  createdAt: Date;
  email: string;
  name: string;
  isDisabled: boolean;
  mustChangePassword: boolean;
  /** lower(name) as the database computes it: the list's sort key, carried in the cursor. */
  sortName: string;
};

/** Sort key of the member list, carried in its cursor. */
export type MemberCursor = { name: string; id: string };

const inOrg = (ctx: Scope) => eq(memberships.organizationId, ctx.organizationId);
const sortName = sql<string>`lower(${users.name})`;
const columns = {
  id: memberships.id,
  userId: memberships.userId,
  roles: sql<Role[]>`${memberships.roles}`,
  version: memberships.version,
  createdAt: memberships.createdAt,
  email: users.email,
  name: users.name,
  isDisabled: users.isDisabled,
  mustChangePassword: users.mustChangePassword,
  sortName,
};

/** One page of the organisation's members by name, optionally those whose name or e-mail contains `q`. */
export async function findMemberRows(tx: Tx, ctx: Scope, options: { limit: number; cursor?: MemberCursor; q?: string }): Promise<MemberRow[]> {
  const conditions = [inOrg(ctx)];
  if (options.q) {
    const q = options.q.toLowerCase();
    conditions.push(or(sql`strpos(lower(${users.name}), ${q}) > 0`, sql`strpos(lower(${users.email}), ${q}) > 0`)!);
  }
  if (options.cursor) {
    const { name, id } = options.cursor;
    conditions.push(or(gt(sortName, name), and(eq(sortName, name), gt(memberships.id, id)))!);
  }
  return tx
    .select(columns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(...conditions))
    .orderBy(asc(sortName), asc(memberships.id))
    .limit(options.limit);
}

/** One member of the organisation by membership id; `lock` holds the membership for an update. */
export async function findMemberRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}): Promise<MemberRow | undefined> {
  const query = tx.select(columns).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(and(inOrg(ctx), eq(memberships.id, id)));
  const [row] = options.lock ? await query.for('update', { of: memberships }) : await query;
  return row;
}

/** Whether the user already has a membership in the organisation. */
export async function hasMembership(tx: Tx, ctx: Scope, userId: string): Promise<boolean> {
  const [row] = await tx.select({ id: memberships.id }).from(memberships).where(and(inOrg(ctx), eq(memberships.userId, userId))).limit(1);
  return row !== undefined;
}

/** Gives a user roles in the organisation; the unique (organisation, user) index refuses a second. */
export async function insertMembershipRow(tx: Tx, ctx: Scope, values: { id: string; userId: string; roles: Role[] }): Promise<void> {
  await tx.insert(memberships).values({ organizationId: ctx.organizationId, ...values });
}

/** Sets the roles (when given) and bumps the version, if still at `expected`; false means someone saved first. */
export async function touchMembershipRow(tx: Tx, ctx: Scope, id: string, expected: number, roles?: Role[]): Promise<boolean> {
  const rows = await tx
    .update(memberships)
    .set({ roles, version: sql`${memberships.version} + 1`, updatedAt: new Date() })
    .where(and(inOrg(ctx), eq(memberships.id, id), eq(memberships.version, expected)))
    .returning({ id: memberships.id });
  return rows.length > 0;
}

/** Ends a membership (the user herself stays, with her other memberships). */
export async function deleteMembershipRow(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx.delete(memberships).where(and(inOrg(ctx), eq(memberships.id, id)));
}

/**
 * The organisation's administrator memberships, locked in id order. Use cases that might remove
 * an administrator take this lock first, so two administrators demoting or disabling each other
 * at once run one after the other and the second sees that she would be the last.
 */
export async function lockAdminMemberships(tx: Tx, ctx: Scope): Promise<Array<{ id: string; isDisabled: boolean }>> {
  return tx
    .select({ id: memberships.id, isDisabled: users.isDisabled })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inOrg(ctx), sql`'admin' = any(${memberships.roles})`))
    .orderBy(asc(memberships.id))
    .for('update', { of: memberships });
}
