import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '@domain/roles';
import type { Db, Tx } from '@server/platform/db/database';
import { inPlatform } from '@server/platform/tenancy/context';
import { memberships, users } from '@server/modules/users/users.tables';
import { organizations } from '@server/modules/organizations/organizations.tables';

/** Users are global, so finding one by e-mail at login needs no organisation. */
export async function platformFindUserByEmail(db: Db, email: string) {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return user;
}

export type MembershipSummary = { organizationId: string; organizationName: string; roles: Role[] };

/**
 * Every organisation a user belongs to. Crosses organisations on purpose: the login and the
 * organisation switcher must know them all before one is chosen.
 */
export async function platformFindMembershipsOfUser(db: Db, userId: string): Promise<MembershipSummary[]> {
  return inPlatform(db, async (tx) => {
    const rows = await tx
      .select({ organizationId: memberships.organizationId, organizationName: organizations.name, roles: memberships.roles })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(organizations.name));
    return rows.map((row) => ({ ...row, roles: row.roles as Role[] }));
  });
}

/** Gives an existing user a membership; platform code for seeding and tests. */
export async function platformAddMembership(db: Db, organizationId: string, userId: string, roles: Role[]): Promise<void> {
  await inPlatform(db, (tx) => tx.insert(memberships).values({ organizationId, id: uuidv7(), userId, roles }));
}

/*
 * Writes to the global user row. Users belong to no organisation, so these change a user wherever
 * she is a member; that is why they are `platform…`. Callers (the members module) first prove, in
 * the same transaction, that the user is a member of the acting administrator's organisation. They
 * take the caller's transaction so the change commits together with its audit event.
 */

/** A user row by e-mail (case-insensitive) inside the caller's transaction. */
export async function platformFindUserByEmailInTx(tx: Tx, email: string) {
  const [user] = await tx.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return user;
}

/** Creates a global user; the unique index on lower(email) refuses a duplicate. */
export async function platformCreateUser(
  tx: Tx,
  input: { id: string; email: string; name: string; passwordHash: string; mustChangePassword: boolean },
) {
  const [user] = await tx.insert(users).values(input).returning();
  return user!;
}

/** Disables or re-enables a user everywhere; a disabled user's sessions stop resolving at once. */
export async function platformSetUserDisabled(tx: Tx, userId: string, isDisabled: boolean): Promise<void> {
  await tx
    .update(users)
    .set({ isDisabled, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

/** Replaces a user's password hash, e.g. with a one-time password she must change at next login. */
export async function platformSetUserPassword(tx: Tx, userId: string, passwordHash: string, mustChangePassword: boolean): Promise<void> {
  await tx
    .update(users)
    .set({ passwordHash, mustChangePassword, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

/** Changes a user's display name (it is the same in every organisation). */
export async function platformRenameUser(tx: Tx, userId: string, name: string): Promise<void> {
  await tx
    .update(users)
    .set({ name, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

/**
 * True when the user has a membership in any organisation other than `organizationId`. Crosses
 * organisations on purpose (and answers only yes/no): account-wide changes must not reach into
 * organisations the acting administrator does not administer.
 */
export async function platformHasMembershipElsewhere(db: Db, userId: string, organizationId: string): Promise<boolean> {
  return inPlatform(db, async (tx) => {
    const rows = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), ne(memberships.organizationId, organizationId)))
      .limit(1);
    return rows.length > 0;
  });
}
