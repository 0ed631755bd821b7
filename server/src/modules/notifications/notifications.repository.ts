import { and, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { notifications } from '@server/modules/notifications/notifications.tables';

type Scope = Pick<Ctx, 'organizationId' | 'actor'>;

/** The keyset position after which the next page starts: exact created_at text and id. */
export type NotificationCursor = { createdAt: string; id: string };

const mine = (ctx: Scope) => and(eq(notifications.organizationId, ctx.organizationId), eq(notifications.userId, ctx.actor.id))!;

/**
 * One page of the actor's notifications, newest first. The cursor keeps created_at to the
 * microsecond (a JavaScript Date would round it and skip rows sharing a millisecond).
 */
export async function findNotificationsPage(tx: Tx, ctx: Scope, options: { limit: number; after?: NotificationCursor; unreadOnly?: boolean }) {
  const conditions: SQL[] = [mine(ctx)];
  if (options.unreadOnly) conditions.push(isNull(notifications.readAt));
  if (options.after) {
    conditions.push(sql`(${notifications.createdAt}, ${notifications.id}) < (${options.after.createdAt}::timestamptz, ${options.after.id}::uuid)`);
  }
  return tx
    .select({
      id: notifications.id,
      kind: notifications.kind,
      needId: notifications.needId,
      params: notifications.params,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      cursorKey: sql<string>`to_char(${notifications.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);
}

/** How many of the actor's notifications are unread (the badge in the header). */
export async function countUnread(tx: Tx, ctx: Scope): Promise<number> {
  const [row] = await tx
    .select({ unread: count() })
    .from(notifications)
    .where(and(mine(ctx), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/**
 * Marks one of the actor's notifications read. 'missing' when it is not hers (another user's or
 * another organisation's look the same), 'unchanged' when it was already read.
 */
export async function markRead(tx: Tx, ctx: Scope, id: string): Promise<'read' | 'unchanged' | 'missing'> {
  const [row] = await tx
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(and(mine(ctx), eq(notifications.id, id)))
    .for('update');
  if (!row) return 'missing';
  if (row.readAt) return 'unchanged';
  await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine(ctx), eq(notifications.id, id)));
  return 'read';
}

/** Marks all of the actor's unread notifications read; returns how many changed. */
export async function markAllRead(tx: Tx, ctx: Scope): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine(ctx), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * Replaces the parameter values equal to a redacted text in every notification about a need (they
 * copy its title), per JSON value so the JSON stays whole (ADR 0005).
 */
export async function redactNotificationsOfNeed(tx: Tx, ctx: Pick<Scope, 'organizationId'>, needId: string, text: string, marker: string): Promise<void> {
  await tx
    .update(notifications)
    .set({ params: sql`jsonb_redact_text(${notifications.params}, ${text}, ${marker})` })
    .where(and(eq(notifications.organizationId, ctx.organizationId), eq(notifications.needId, needId)));
}

/** Removes the notifications about a deleted need: they would point at nothing and copy its title. */
export async function deleteNotificationsOfNeed(tx: Tx, ctx: Pick<Scope, 'organizationId'>, needId: string): Promise<void> {
  await tx.delete(notifications).where(and(eq(notifications.organizationId, ctx.organizationId), eq(notifications.needId, needId)));
}
