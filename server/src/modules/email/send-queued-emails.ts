import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '@server/platform/db/database';
import { inPlatform } from '@server/platform/tenancy/context';
import { emailOutbox } from '@server/modules/email/email.tables';
import { composeEmailText, MAX_ATTEMPTS, retryDelayMinutes } from '@server/modules/email/compose-email';
import type { EmailSender } from '@server/modules/email/email-sender';

export type EmailLog = { info: (object: object, message: string) => void; warn: (object: object, message: string) => void };

export type SendOptions = {
  /** null: no SMTP server configured — messages are written to the log once and stay queued. */
  send: EmailSender | null;
  publicUrl: string;
  log: EmailLog;
  /** Most messages handled in one pass (the next pass takes the rest). */
  batch?: number;
};

export type SendResult = { sent: number; retrying: number; failed: number; logged: number };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * One pass of the outbox worker, across organisations (platform work: the worker acts for no one).
 * Each message is claimed in its own transaction with `FOR UPDATE SKIP LOCKED` and marked sent in
 * that same transaction, so two workers (two app nodes) never send the same message, and a worker
 * that dies mid-send leaves the message queued for the next attempt. A failure is recorded with its
 * error and retried with growing delays; after MAX_ATTEMPTS the message is marked failed.
 */
export async function sendQueuedEmails(db: Db, options: SendOptions): Promise<SendResult> {
  const result: SendResult = { sent: 0, retrying: 0, failed: 0, logged: 0 };
  const batch = options.batch ?? 50;
  for (let i = 0; i < batch; i++) {
    const handled = options.send ? await sendOne(db, options.send, options, result) : await logOne(db, options, result);
    if (!handled) break;
  }
  return result;
}

async function sendOne(db: Db, send: EmailSender, options: SendOptions, result: SendResult): Promise<boolean> {
  return inPlatform(db, async (tx) => {
    const [message] = await tx
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, 'queued'), lte(emailOutbox.nextAttemptAt, sql`now()`)))
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!message) return false;
    const where = and(eq(emailOutbox.organizationId, message.organizationId), eq(emailOutbox.id, message.id));
    try {
      await send({ id: message.id, to: message.toAddress, subject: message.subject, text: composeEmailText(message.body, message.link, options.publicUrl) });
      await tx.update(emailOutbox).set({ status: 'sent', sentAt: sql`now()`, attempts: message.attempts + 1, lastError: null }).where(where);
      result.sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      const givingUp = attempts >= MAX_ATTEMPTS;
      await tx
        .update(emailOutbox)
        .set({
          attempts,
          lastError: errorText(error),
          status: givingUp ? 'failed' : 'queued',
          nextAttemptAt: sql`now() + make_interval(mins => ${retryDelayMinutes(attempts)})`,
        })
        .where(where);
      options.log.warn({ emailId: message.id, kind: message.kind, attempts, error: errorText(error) }, givingUp ? 'e-mail failed, giving up' : 'e-mail failed, will retry');
      if (givingUp) result.failed++;
      else result.retrying++;
    }
    return true;
  });
}

/** Without SMTP: each queued message is written to the log once (it stays queued for when SMTP is set). */
async function logOne(db: Db, options: SendOptions, result: SendResult): Promise<boolean> {
  return inPlatform(db, async (tx) => {
    const [message] = await tx
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, 'queued'), isNull(emailOutbox.loggedAt)))
      .orderBy(asc(emailOutbox.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!message) return false;
    options.log.info(
      { emailId: message.id, organizationId: message.organizationId, kind: message.kind, to: message.toAddress, subject: message.subject, link: `${options.publicUrl}${message.link}` },
      'e-mail not sent (SMTP_URL is not set); kept in the outbox',
    );
    await tx
      .update(emailOutbox)
      .set({ loggedAt: sql`now()` })
      .where(and(eq(emailOutbox.organizationId, message.organizationId), eq(emailOutbox.id, message.id)));
    result.logged++;
    return true;
  });
}
