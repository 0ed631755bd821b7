import { and, asc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '@domain/roles';
import type { Db, Tx } from '@server/platform/db/database';
import { inPlatform } from '@server/platform/tenancy/context';
import { memberInvitations, memberships, organizationEmailDomains, users } from '@server/modules/users/users.tables';
import { organizations } from '@server/modules/organizations/organizations.tables';

/** Users are global, so finding one by e-mail at login needs no organisation. */
export async function platformFindUserByEmail(db: Db, email: string) {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return user;
}

export type MembershipSummary = { organizationId: string; organizationName: string; roles: Role[] };

/**
 * Every organisation a user may act in (memberships an administrator disabled, and organisations
 * an installation administrator disabled, are left out, so they cannot be chosen at login or
 * switched into). Crosses organisations on purpose: the login
 * and the organisation switcher must know them all before one is chosen. `includeDisabled` is for
 * writing a login event to every organisation's audit log.
 */
export async function platformFindMembershipsOfUser(db: Db, userId: string, options: { includeDisabled?: boolean } = {}): Promise<MembershipSummary[]> {
  return inPlatform(db, async (tx) => {
    const rows = await tx
      .select({ organizationId: memberships.organizationId, organizationName: organizations.name, roles: memberships.roles })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(
        options.includeDisabled
          ? eq(memberships.userId, userId)
          : and(eq(memberships.userId, userId), eq(memberships.isDisabled, false), isNull(organizations.disabledAt)),
      )
      .orderBy(asc(organizations.name));
    return rows.map((row) => ({ ...row, roles: row.roles as Role[] }));
  });
}

/**
 * Whether a user belongs to an organisation an installation administrator disabled. With no
 * membership in force elsewhere, she cannot log in at all. Crosses organisations, like the login.
 */
export async function platformIsMemberOfDisabledOrganization(db: Db, userId: string): Promise<boolean> {
  return inPlatform(db, async (tx) => {
    const [row] = await tx
      .select({ organizationId: memberships.organizationId })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(and(eq(memberships.userId, userId), isNotNull(organizations.disabledAt)))
      .limit(1);
    return row !== undefined;
  });
}

/** Gives an existing user a membership; platform code for seeding and tests. */
export async function platformAddMembership(db: Db, organizationId: string, userId: string, roles: Role[]): Promise<void> {
  await inPlatform(db, (tx) => tx.insert(memberships).values({ organizationId, id: uuidv7(), userId, roles }));
}

/*
 * Writes to the global user row. Users belong to no organisation, so these change a user wherever
 * she is a member; that is why they are `platform…`. Callers (the members module) first prove, in
 * the same transaction, that the user is a member of the acting administrator's organisation and
 * that it is her home organisation, the owner of her e-mail domain (ADR 0004). They
 * take the caller's transaction so the change commits together with its audit event.
 */

/** A user row by e-mail (case-insensitive) inside the caller's transaction. */
export async function platformFindUserByEmailInTx(tx: Tx, email: string) {
  const [user] = await tx.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return user;
}

/** A user row by id inside the caller's transaction. */
export async function platformFindUserByIdInTx(tx: Tx, userId: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
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
 * Replaces the e-mail domains an organisation owns (lower-cased, duplicates folded). Crosses
 * organisations on purpose: a domain has one owner in the whole installation, which the unique
 * index enforces — a domain another organisation owns makes this throw. For seeding and tests
 * now; the installation administrator's screen later (ADR 0004).
 */
export async function platformSetOrganizationEmailDomains(db: Db, organizationId: string, domains: readonly string[]): Promise<void> {
  const wanted = [...new Set(domains.map((domain) => domain.trim().toLowerCase()))];
  await inPlatform(db, async (tx) => {
    await tx.delete(organizationEmailDomains).where(eq(organizationEmailDomains.organizationId, organizationId));
    if (wanted.length > 0) await tx.insert(organizationEmailDomains).values(wanted.map((domain) => ({ organizationId, domain })));
  });
}

export type PendingInvitationOfPerson = { id: string; organizationId: string; organizationName: string; roles: Role[]; createdAt: Date; expiresAt: Date };

/**
 * The unexpired invitations addressed to an e-mail address, from every organisation, oldest first.
 * Crosses organisations on purpose: the invited person is not a member of the inviting
 * organisation yet. Only ever called with the logged-in user's own address.
 */
export async function platformFindInvitationsForEmail(db: Db, email: string): Promise<PendingInvitationOfPerson[]> {
  return inPlatform(db, async (tx) => {
    const rows = await tx
      .select({
        id: memberInvitations.id,
        organizationId: memberInvitations.organizationId,
        organizationName: organizations.name,
        roles: memberInvitations.roles,
        createdAt: memberInvitations.createdAt,
        expiresAt: memberInvitations.expiresAt,
      })
      .from(memberInvitations)
      .innerJoin(organizations, eq(organizations.id, memberInvitations.organizationId))
      .where(and(sql`lower(${memberInvitations.email}) = lower(${email})`, gt(memberInvitations.expiresAt, sql`now()`)))
      .orderBy(asc(memberInvitations.createdAt), asc(memberInvitations.id));
    return rows.map((row) => ({ ...row, roles: row.roles as Role[] }));
  });
}
