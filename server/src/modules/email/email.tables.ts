import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { users } from '@server/modules/users/users.tables';

/**
 * The outbox: one row per e-mail, written in the same transaction as the change it tells about, so
 * a message exists exactly when its change does. The worker (`send-queued-emails.ts`) sends it.
 * `link` is a path inside Digiplan; the worker puts PUBLIC_URL in front of it.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    toUserId: uuid('to_user_id').notNull().references(() => users.id),
    /** The address when the message was queued. */
    toAddress: text('to_address').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    /** Plain text, without the link and the footer (the worker adds both). */
    body: text('body').notNull(),
    link: text('link').notNull(),
    /** queued | sent | failed (gave up after the last attempt). */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    /** When the message was written to the log because no SMTP server is configured. */
    loggedAt: timestamp('logged_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    // The worker's question across organisations: what is due next?
    index('email_outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('email_outbox_list_idx').on(t.organizationId, t.createdAt.desc()),
  ],
);

/** A user's choice, per organisation and kind, to get e-mail or not (no row = yes). */
export const emailPreferences = pgTable(
  'email_preferences',
  {
    organizationId: organizationId().references(() => organizations.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    kind: text('kind').notNull(),
    enabled: boolean('enabled').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId, t.kind] })],
);

/**
 * Reminders already given, one per (kind, subject, due date): the reminder job inserts here first
 * and only tells the person when the row is new, so a reminder goes out once however often the job
 * runs and on however many app nodes.
 */
export const remindersSent = pgTable(
  'reminders_sent',
  {
    organizationId: organizationId().references(() => organizations.id),
    kind: text('kind').notNull(),
    subjectId: uuid('subject_id').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    userId: uuid('user_id').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.kind, t.subjectId, t.dueDate] })],
);
