import { asc, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '@domain/roles';
import type { Db } from '@server/platform/db/database';
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
