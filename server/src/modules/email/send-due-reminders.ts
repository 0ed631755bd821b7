import { sql } from 'drizzle-orm';
import { REMINDER_EMAIL_KIND } from '@domain/reminders';
import type { Db } from '@server/platform/db/database';
import { inTenant } from '@server/platform/tenancy/context';
import { platformFindActiveOrganizationIds } from '@server/modules/organizations/active-organizations';
import { notifyUser } from '@server/modules/notifications/notify';
import { remindersSent } from '@server/modules/email/email.tables';
import { queueEmail } from '@server/modules/email/queue-email';
import { findDueReminders } from '@server/modules/email/find-due-reminders';
import { reminderEmail } from '@server/modules/email/reminder-email';

export type ReminderLog = { info: (object: object, message: string) => void; error: (object: object, message: string) => void };
export type ReminderResult = { given: number; organizations: number; busy: number; failed: number };

/** The first key of the advisory lock the reminder job takes per organisation (the second is the organisation). */
export const REMINDER_LOCK_KEY = 16_006;

/** The job acts for no one: notifications skip only the actor's own, so this id is no person's. */
const JOB_ACTOR = { id: '00000000-0000-0000-0000-000000000000', name: 'Digiplan', email: '' };

/**
 * One pass of the reminder job: for each organisation that is turned on, in one transaction, take
 * the organisation's advisory lock (another node holding it is doing this organisation now: skip),
 * find what is due, and for each reminder insert its row in `reminders_sent` first — only when the
 * row is new does the person get the in-app notification and the e-mail (queued in the outbox in the
 * same transaction). So a reminder is given once however often the job runs and on however many
 * nodes; a crash before the commit gives it again on the next pass, never twice.
 */
export async function sendDueReminders(db: Db, options: { now?: Date; log: ReminderLog }): Promise<ReminderResult> {
  const now = options.now ?? new Date();
  const result: ReminderResult = { given: 0, organizations: 0, busy: 0, failed: 0 };
  for (const organizationId of await platformFindActiveOrganizationIds(db)) {
    try {
      await inTenant({ db, organizationId }, async (tx) => {
        const locked = await tx.execute<{ locked: boolean }>(sql`select pg_try_advisory_xact_lock(${REMINDER_LOCK_KEY}, hashtext(${organizationId})) as locked`);
        if (!locked.rows[0]?.locked) {
          result.busy++;
          return;
        }
        result.organizations++;
        for (const reminder of await findDueReminders(tx, { organizationId }, now)) {
          const fresh = await tx
            .insert(remindersSent)
            .values({ organizationId, kind: reminder.kind, subjectId: reminder.subjectId, dueDate: reminder.dueDate, userId: reminder.userId })
            .onConflictDoNothing()
            .returning({ kind: remindersSent.kind });
          if (fresh.length === 0) continue;
          await notifyUser(tx, { organizationId, actor: JOB_ACTOR }, { userId: reminder.userId, kind: 'reminder', params: { reminder: reminder.kind, title: reminder.title, dueDate: reminder.dueDate, link: reminder.link } });
          const email = reminderEmail(reminder.kind, reminder.title, reminder.dueDate);
          await queueEmail(tx, { organizationId, toUserId: reminder.userId, kind: REMINDER_EMAIL_KIND[reminder.kind], subject: email.subject, text: email.text, link: reminder.link });
          result.given++;
        }
      });
    } catch (error) {
      result.failed++;
      options.log.error({ organizationId, error: error instanceof Error ? error.message : String(error) }, 'reminders for an organisation failed; tried again on the next pass');
    }
  }
  if (result.given > 0) options.log.info({ ...result }, 'reminders given');
  return result;
}

/**
 * The reminder job inside the app: a pass every `intervalMs` (and one at start), never two at once
 * in one process; several processes are safe (see sendDueReminders). Returns stop (waits for a pass
 * in progress) and runNow.
 */
export function startReminderJob(options: { db: Db; log: ReminderLog; intervalMs: number }): { stop: () => Promise<void>; runNow: () => Promise<ReminderResult | null> } {
  let running: Promise<ReminderResult | null> | null = null;
  let stopped = false;
  const pass = async (): Promise<ReminderResult | null> => {
    if (stopped) return null;
    if (running) return running;
    running = sendDueReminders(options.db, { log: options.log })
      .catch((error: unknown) => {
        options.log.error({ error: error instanceof Error ? error.message : String(error) }, 'reminder pass failed');
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void pass(), options.intervalMs);
  timer.unref();
  void pass();
  return {
    runNow: pass,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
