import type { EmailKind, EmailStatus, TOutboxPage, TOutboxQuery } from '@domain/email.contracts';
import { decodeCursor, encodeCursor, isTimeCursor } from '@server/platform/http/cursor';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { countFailedMessages, findOutboxRows, type OutboxRow } from '@server/modules/email/outbox.repository';

const present = (row: OutboxRow) => ({
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  toName: row.toName,
  toAddress: row.toAddress,
  kind: row.kind as EmailKind,
  subject: row.subject,
  body: row.body,
  link: row.link,
  status: row.status as EmailStatus,
  attempts: row.attempts,
  lastError: row.lastError,
  nextAttemptAt: row.status === 'queued' ? row.nextAttemptAt.toISOString() : null,
  loggedAt: row.loggedAt?.toISOString() ?? null,
  sentAt: row.sentAt?.toISOString() ?? null,
});

/**
 * "Utkorg": the organisation's e-mails for the administrator, newest first — what went out, what
 * waits (and why: a retry, or no SMTP server, in which case it was written to the log), and what the
 * worker gave up on, with the error, so a wrong address or a down mail server is seen.
 */
export async function findOutboxPage(ctx: Ctx, query: TOutboxQuery): Promise<TOutboxPage> {
  const cursor = decodeCursor(query.cursor, isTimeCursor);
  const { rows, failedCount } = await inTenantRead(ctx, async (tx) => ({
    rows: await findOutboxRows(tx, ctx, { status: query.status }, { limit: query.limit + 1, cursor }),
    failedCount: await countFailedMessages(tx, ctx),
  }));
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ at: last.exactTime, id: last.id }) : null;
  return { items: items.map(present), nextCursor, failedCount };
}
