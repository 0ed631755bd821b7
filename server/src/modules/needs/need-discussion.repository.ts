import { and, asc, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { needComments, needSupporters } from '@server/modules/needs/needs.tables';
import { users } from '@server/modules/users/users.tables';
import { exactTimestamp } from '@server/modules/needs/needs.repository';

type Scope = Pick<Ctx, 'organizationId'>;

/** Adds a comment by the actor and returns it with the author's name. */
export async function insertComment(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, needId: string, body: string) {
  const [row] = await tx
    .insert(needComments)
    .values({ organizationId: ctx.organizationId, id: uuidv7(), needId, authorId: ctx.actor.id, body })
    .returning();
  return { ...row!, authorName: ctx.actor.name };
}

/** One page of a need's comments, oldest first, continuing after the cursor's (createdAt, id). */
export async function findCommentsPage(tx: Tx, ctx: Scope, needId: string, options: { limit: number; after?: { createdAt: string; id: string } }) {
  const conditions = [eq(needComments.organizationId, ctx.organizationId), eq(needComments.needId, needId)];
  if (options.after) {
    conditions.push(sql`(${needComments.createdAt}, ${needComments.id}) > (${options.after.createdAt}::timestamptz, ${options.after.id}::uuid)`);
  }
  return tx
    .select({
      id: needComments.id,
      needId: needComments.needId,
      authorId: needComments.authorId,
      authorName: users.name,
      body: needComments.body,
      createdAt: needComments.createdAt,
      cursorKey: exactTimestamp(needComments.createdAt),
    })
    .from(needComments)
    .innerJoin(users, eq(users.id, needComments.authorId))
    .where(and(...conditions))
    .orderBy(asc(needComments.createdAt), asc(needComments.id))
    .limit(options.limit);
}

/** Records that the actor backs the need; false when she already did (idempotent). */
export async function insertSupporter(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, needId: string): Promise<boolean> {
  const rows = await tx
    .insert(needSupporters)
    .values({ organizationId: ctx.organizationId, needId, userId: ctx.actor.id })
    .onConflictDoNothing()
    .returning({ userId: needSupporters.userId });
  return rows.length > 0;
}

/** Removes the actor's support; false when there was none (idempotent). */
export async function deleteSupporter(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, needId: string): Promise<boolean> {
  const rows = await tx
    .delete(needSupporters)
    .where(and(eq(needSupporters.organizationId, ctx.organizationId), eq(needSupporters.needId, needId), eq(needSupporters.userId, ctx.actor.id)))
    .returning({ userId: needSupporters.userId });
  return rows.length > 0;
}

/**
 * Moves a duplicate's supporters to the target need: everyone backing the duplicate, and its
 * submitter, now backs the target — except the target's own submitter and those already there.
 * Returns how many supporters the target gained.
 */
export async function moveSupporters(
  tx: Tx,
  ctx: Scope,
  from: { id: string; submittedBy: string },
  to: { id: string; submittedBy: string },
): Promise<number> {
  const moved = await tx.execute(sql`
    insert into ${needSupporters} (organization_id, need_id, user_id, created_at)
    select organization_id, ${to.id}::uuid, user_id, created_at from ${needSupporters}
    where organization_id = ${ctx.organizationId} and need_id = ${from.id} and user_id <> ${to.submittedBy}
    union all
    select ${ctx.organizationId}::uuid, ${to.id}::uuid, ${from.submittedBy}::uuid, now() where ${from.submittedBy}::uuid <> ${to.submittedBy}::uuid
    on conflict do nothing`);
  await tx.delete(needSupporters).where(and(eq(needSupporters.organizationId, ctx.organizationId), eq(needSupporters.needId, from.id)));
  return moved.rowCount ?? 0;
}

/** Moves every comment of a duplicate to the target need; returns how many moved. */
export async function moveComments(tx: Tx, ctx: Scope, fromId: string, toId: string): Promise<number> {
  const rows = await tx
    .update(needComments)
    .set({ needId: toId })
    .where(and(eq(needComments.organizationId, ctx.organizationId), eq(needComments.needId, fromId)))
    .returning({ id: needComments.id });
  return rows.length;
}
