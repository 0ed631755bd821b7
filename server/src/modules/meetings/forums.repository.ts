import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { memberships, users } from '@server/modules/users/users.tables';
import { forumMembers, forums } from '@server/modules/meetings/meetings.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type ForumRow = typeof forums.$inferSelect;
export type ForumMemberRow = { forumId: string; userId: string; name: string; isChair: boolean };

const inOrg = (ctx: Scope) => eq(forums.organizationId, ctx.organizationId);

export async function findForumRows(tx: Tx, ctx: Scope): Promise<ForumRow[]> {
  return tx.select().from(forums).where(inOrg(ctx)).orderBy(asc(sql`lower(${forums.name})`), asc(forums.id));
}

export async function findForumRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}): Promise<ForumRow | undefined> {
  const query = tx.select().from(forums).where(and(inOrg(ctx), eq(forums.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** Whether another forum of the organisation already has this name (any case). */
export async function forumNameTaken(tx: Tx, ctx: Scope, name: string, exceptId?: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: forums.id })
    .from(forums)
    .where(and(inOrg(ctx), sql`lower(${forums.name}) = lower(${name})`, exceptId ? ne(forums.id, exceptId) : undefined));
  return row !== undefined;
}

export async function insertForumRow(tx: Tx, ctx: Scope, id: string, values: { name: string; description: string }): Promise<ForumRow> {
  const [row] = await tx.insert(forums).values({ organizationId: ctx.organizationId, id, ...values }).returning();
  return row!;
}

export async function updateForumRow(tx: Tx, ctx: Scope, id: string, expected: number, values: { name: string; description: string }): Promise<ForumRow | undefined> {
  const [row] = await tx
    .update(forums)
    .set({ ...values, version: sql`${forums.version} + 1`, updatedAt: new Date() })
    .where(and(inOrg(ctx), eq(forums.id, id), eq(forums.version, expected)))
    .returning();
  return row;
}

export async function replaceForumMembers(tx: Tx, ctx: Scope, forumId: string, memberIds: readonly string[], chairId: string | null): Promise<void> {
  await tx.delete(forumMembers).where(and(eq(forumMembers.organizationId, ctx.organizationId), eq(forumMembers.forumId, forumId)));
  if (memberIds.length > 0) {
    await tx.insert(forumMembers).values(memberIds.map((userId) => ({ organizationId: ctx.organizationId, forumId, userId, isChair: userId === chairId })));
  }
}

/** The members of the given forums with their names, chair first, then by name. */
export async function findForumMemberRows(tx: Tx, ctx: Scope, forumIds: readonly string[]): Promise<ForumMemberRow[]> {
  if (forumIds.length === 0) return [];
  return tx
    .select({ forumId: forumMembers.forumId, userId: forumMembers.userId, name: users.name, isChair: forumMembers.isChair })
    .from(forumMembers)
    .innerJoin(users, eq(users.id, forumMembers.userId))
    .where(and(eq(forumMembers.organizationId, ctx.organizationId), inArray(forumMembers.forumId, [...forumIds])))
    .orderBy(sql`${forumMembers.isChair} desc`, asc(sql`lower(${users.name})`));
}

/** The ids among `userIds` that are members of the organisation. */
export async function existingMemberIds(tx: Tx, ctx: Scope, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, ctx.organizationId), inArray(memberships.userId, [...userIds])));
  return new Set(rows.map((row) => row.id));
}

/** The organisation's active members (id, name), by name: who can sit in a forum. */
export async function findMemberCandidates(tx: Tx, ctx: Scope): Promise<{ id: string; name: string }[]> {
  return tx
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.isDisabled, false), eq(users.isDisabled, false)))
    .orderBy(asc(sql`lower(${users.name})`));
}
