import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import { emailOutbox } from '@server/modules/email/email.tables';
import { oneLine } from '@server/modules/email/queue-email';

/**
 * Replaces a redacted text in the e-mails about a need (sent or not: the outbox row is Digiplan's
 * copy), in their subject and body, so erasing personal data reaches every copy Digiplan keeps.
 * The subject holds the text as one line, so that form is replaced too. What a mail server already
 * delivered is outside Digiplan; OPERATIONS.md says so.
 */
export async function redactOutboxOfNeed(tx: Tx, ctx: { organizationId: string }, needId: string, text: string, marker: string): Promise<void> {
  const subjectForm = oneLine(text);
  await tx
    .update(emailOutbox)
    .set({
      subject: sql`replace(replace(${emailOutbox.subject}, ${text}, ${marker}), ${subjectForm}, ${marker})`,
      body: sql`replace(${emailOutbox.body}, ${text}, ${marker})`,
    })
    .where(and(eq(emailOutbox.organizationId, ctx.organizationId), eq(emailOutbox.link, `/behov/${needId}`)));
}
