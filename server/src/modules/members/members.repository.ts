import { and, asc, eq, gt, lte, or, sql } from 'drizzle-orm';
import type { Role } from '@domain/roles';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { memberInvitations, memberships, organizationEmailDomains, users } from '@server/modules/users/users.tables';

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
  isMembershipDisabled: boolean;
  /** The organisation owns the address's domain, so it is the account's home organisation. */
  canManageAccount: boolean;
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
  isMembershipDisabled: memberships.isDisabled,
  // Row-level security shows only this organisation's domains, so a match means it owns the domain.
  canManageAccount: sql<boolean>`exists (select 1 from ${organizationEmailDomains} d where d.organization_id = ${memberships.organizationId} and d.domain = lower(substring(${users.email} from '@([^@]+)$')))`,
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
export async function touchMembershipRow(tx: Tx, ctx: Scope, id: string, expected: number, roles?: Role[], isDisabled?: boolean): Promise<boolean> {
  const rows = await tx
    .update(memberships)
    .set({ roles, isDisabled, version: sql`${memberships.version} + 1`, updatedAt: new Date() })
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
    .select({ id: memberships.id, isDisabled: sql<boolean>`(${users.isDisabled} or ${memberships.isDisabled})` })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inOrg(ctx), sql`'admin' = any(${memberships.roles})`))
    .orderBy(asc(memberships.id))
    .for('update', { of: memberships });
}

/** Whether the organisation owns the e-mail domain (row-level security hides everyone else's). */
export async function ownsEmailDomain(tx: Tx, ctx: Scope, domain: string): Promise<boolean> {
  const [row] = await tx
    .select({ domain: organizationEmailDomains.domain })
    .from(organizationEmailDomains)
    .where(and(eq(organizationEmailDomains.organizationId, ctx.organizationId), eq(organizationEmailDomains.domain, domain)))
    .limit(1);
  return row !== undefined;
}

/** The organisation's e-mail domains in alphabetical order. */
export async function findEmailDomainRows(tx: Tx, ctx: Scope) {
  return tx
    .select({ domain: organizationEmailDomains.domain, createdAt: organizationEmailDomains.createdAt })
    .from(organizationEmailDomains)
    .where(eq(organizationEmailDomains.organizationId, ctx.organizationId))
    .orderBy(asc(organizationEmailDomains.domain));
}

/** An invitation of the organisation, as stored. */
export type InvitationRow = { id: string; email: string; roles: Role[]; invitedBy: string; createdAt: Date; expiresAt: Date };

const invitationColumns = {
  id: memberInvitations.id,
  email: memberInvitations.email,
  roles: sql<Role[]>`${memberInvitations.roles}`,
  invitedBy: memberInvitations.invitedBy,
  createdAt: memberInvitations.createdAt,
  expiresAt: memberInvitations.expiresAt,
};
const invitationsInOrg = (ctx: Scope) => eq(memberInvitations.organizationId, ctx.organizationId);
const unexpired = gt(memberInvitations.expiresAt, sql`now()`);

/** The organisation's unexpired invitations, newest first. */
export async function findPendingInvitationRows(tx: Tx, ctx: Scope): Promise<InvitationRow[]> {
  return tx
    .select(invitationColumns)
    .from(memberInvitations)
    .where(and(invitationsInOrg(ctx), unexpired))
    .orderBy(sql`${memberInvitations.createdAt} desc`, sql`${memberInvitations.id} desc`);
}

/** One unexpired invitation of the organisation; `lock` holds it until the transaction ends. */
export async function findPendingInvitationRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}): Promise<InvitationRow | undefined> {
  const query = tx.select(invitationColumns).from(memberInvitations).where(and(invitationsInOrg(ctx), eq(memberInvitations.id, id), unexpired));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** The unexpired invitation of an address (any case), if the organisation has one. */
export async function findPendingInvitationByEmail(tx: Tx, ctx: Scope, email: string): Promise<InvitationRow | undefined> {
  const [row] = await tx
    .select(invitationColumns)
    .from(memberInvitations)
    .where(and(invitationsInOrg(ctx), sql`lower(${memberInvitations.email}) = lower(${email})`, unexpired));
  return row;
}

/** Forgets the organisation's expired invitations of an address, so it can be invited afresh. */
export async function deleteExpiredInvitationsOf(tx: Tx, ctx: Scope, email: string): Promise<void> {
  await tx
    .delete(memberInvitations)
    .where(and(invitationsInOrg(ctx), sql`lower(${memberInvitations.email}) = lower(${email})`, lte(memberInvitations.expiresAt, sql`now()`)));
}

/** Records an invitation; the unique (organisation, lower(email)) index refuses a second. */
export async function insertInvitationRow(tx: Tx, ctx: Scope, values: Omit<InvitationRow, 'createdAt'>): Promise<InvitationRow> {
  const [row] = await tx
    .insert(memberInvitations)
    .values({ organizationId: ctx.organizationId, ...values })
    .returning(invitationColumns);
  return row!;
}

/** Deletes an invitation once accepted, declined or withdrawn (the audit log keeps it). */
export async function deleteInvitationRow(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx.delete(memberInvitations).where(and(invitationsInOrg(ctx), eq(memberInvitations.id, id)));
}
