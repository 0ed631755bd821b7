import type { Db } from '@server/platform/db/database';
import { sendQueuedEmails, type EmailLog } from '@server/modules/email/send-queued-emails';
import { senderAddress, smtpSender } from '@server/modules/email/email-sender';

export type EmailWorkerOptions = {
  db: Db;
  /** SMTP_URL; unset: messages are logged and kept in the outbox. */
  smtpUrl: string | undefined;
  smtpFrom: string | undefined;
  /** The origin links in e-mails start with. */
  publicUrl: string;
  log: EmailLog & { error: (object: object, message: string) => void };
  /** How often the outbox is looked at (ms). */
  intervalMs: number;
};

/**
 * The outbox worker inside the app: looks at the outbox every `intervalMs`, never two passes at once
 * in one process (several processes are safe: messages are claimed with SKIP LOCKED). Returns a
 * stop function that waits for a pass in progress.
 */
export function startEmailWorker(options: EmailWorkerOptions): { stop: () => Promise<void>; runNow: () => Promise<void> } {
  const smtp = options.smtpUrl ? smtpSender(options.smtpUrl, senderAddress(options.smtpFrom, options.publicUrl)) : null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const pass = async () => {
    if (stopped) return;
    if (running) return running;
    running = (async () => {
      try {
        // Keep going while full batches come back, so a backlog drains without waiting for the timer.
        for (;;) {
          const result = await sendQueuedEmails(options.db, { send: smtp?.send ?? null, publicUrl: options.publicUrl, log: options.log });
          if (stopped || result.sent + result.retrying + result.failed + result.logged < 50) break;
        }
      } catch (error) {
        options.log.error({ error: error instanceof Error ? error.message : String(error) }, 'e-mail worker pass failed');
      } finally {
        running = null;
      }
    })();
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
      smtp?.close();
    },
  };
}
