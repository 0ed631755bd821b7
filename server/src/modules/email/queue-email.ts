import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { EmailKind } from '@domain/email.contracts';
import type { Tx } from '@server/platform/db/database';
import { users } from '@server/modules/users/users.tables';
import { emailOutbox, emailPreferences } from '@server/modules/email/email.tables';

export type QueuedEmail = {
  organizationId: string;
  toUserId: string;
  kind: EmailKind;
  /** One line; line breaks and control characters are replaced by spaces. */
  subject: string;
  /** Plain text (never HTML): user text in it is shown as written, it cannot become markup. */
  text: string;
  /** A path inside Digiplan, e.g. `/behov/<id>`; the worker puts PUBLIC_URL in front of it. */
  link: string;
};

const SUBJECT_MAX = 200;

/** A subject is one header line: no line breaks (header injection) or other control characters. */
export function oneLine(text: string, max = SUBJECT_MAX): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * Puts an e-mail in the outbox, in the caller's transaction (call it beside `recordAudit`): the
 * message is kept exactly when the change is committed, and the worker sends it afterwards, so a
 * crash between the change and the send loses nothing. Nothing is queued when the person has said
 * they do not want this kind of e-mail, or their account is disabled. Returns whether it was queued.
 */
export async function queueEmail(tx: Tx, input: QueuedEmail): Promise<boolean> {
  if (!input.link.startsWith('/') || input.link.startsWith('//')) throw new Error(`An e-mail link is a path inside Digiplan, got "${input.link}".`);
  const [recipient] = await tx.select({ email: users.email, isDisabled: users.isDisabled }).from(users).where(eq(users.id, input.toUserId));
  if (!recipient || recipient.isDisabled) return false;
  const [choice] = await tx
    .select({ enabled: emailPreferences.enabled })
    .from(emailPreferences)
    .where(
      and(
        eq(emailPreferences.organizationId, input.organizationId),
        eq(emailPreferences.userId, input.toUserId),
        eq(emailPreferences.kind, input.kind),
      ),
    );
  if (choice && !choice.enabled) return false;
  await tx.insert(emailOutbox).values({
    organizationId: input.organizationId,
    id: uuidv7(),
    toUserId: input.toUserId,
    toAddress: recipient.email,
    kind: input.kind,
    subject: oneLine(input.subject),
    body: input.text,
    link: input.link,
  });
  return true;
}
