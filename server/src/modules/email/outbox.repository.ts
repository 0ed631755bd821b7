import { and, count, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { EmailStatus } from '@domain/email.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { emailOutbox } from '@server/modules/email/email.tables';
import { users } from '@server/modules/users/users.tables';

export type OutboxCursor = { at: string; id: string };

/** created_at to the microsecond, so a cursor never skips a message written in the same millisecond. */
const exactTime = sql<string>`to_char(${emailOutbox.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The organisation's outbox, newest first, optionally one status, the page after `cursor`. */
export async function findOutboxRows(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, filter: { status?: EmailStatus }, page: { limit: number; cursor?: OutboxCursor }) {
  const conditions = [eq(emailOutbox.organizationId, ctx.organizationId)];
  if (filter.status) conditions.push(eq(emailOutbox.status, filter.status));
  if (page.cursor) {
    const at = sql`${page.cursor.at}::timestamptz`;
    conditions.push(or(sql`${emailOutbox.createdAt} < ${at}`, and(sql`${emailOutbox.createdAt} = ${at}`, lt(emailOutbox.id, page.cursor.id)))!);
  }
  return tx
    .select({
      id: emailOutbox.id,
      exactTime,
      createdAt: emailOutbox.createdAt,
      toName: users.name,
      toAddress: emailOutbox.toAddress,
      kind: emailOutbox.kind,
      subject: emailOutbox.subject,
      body: emailOutbox.body,
      link: emailOutbox.link,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      nextAttemptAt: emailOutbox.nextAttemptAt,
      loggedAt: emailOutbox.loggedAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .innerJoin(users, eq(users.id, emailOutbox.toUserId))
    .where(and(...conditions))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(page.limit);
}

export type OutboxRow = Awaited<ReturnType<typeof findOutboxRows>>[number];

/** How many of the organisation's messages the worker has given up on. */
export async function countFailedMessages(tx: Tx, ctx: Pick<Ctx, 'organizationId'>): Promise<number> {
  const [row] = await tx
    .select({ failed: count() })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.organizationId, ctx.organizationId), eq(emailOutbox.status, 'failed')));
  return row?.failed ?? 0;
}

/**
 * Puts a failed message back in the queue, to be sent at once with a fresh count of attempts.
 * Only a failed message: one that is queued or sent is left alone (answers undefined).
 */
export async function requeueFailedMessage(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, id: string) {
  const [row] = await tx
    .update(emailOutbox)
    .set({ status: 'queued', attempts: 0, nextAttemptAt: sql`now()`, lastError: null })
    .where(and(eq(emailOutbox.organizationId, ctx.organizationId), eq(emailOutbox.id, id), eq(emailOutbox.status, 'failed')))
    .returning({ id: emailOutbox.id, kind: emailOutbox.kind, lastError: emailOutbox.lastError });
  return row;
}

/** Whether the message exists in the organisation at all (to tell 404 from 409). */
export async function findOutboxStatus(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, id: string) {
  const [row] = await tx
    .select({ status: emailOutbox.status, lastError: emailOutbox.lastError, kind: emailOutbox.kind })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.organizationId, ctx.organizationId), eq(emailOutbox.id, id)));
  return row;
}
