import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { readConfig } from '@server/config';
import { buildApp } from '@server/app';
import { openDatabase } from '@server/platform/db/database';
import { seedDemoIfEmpty } from '@server/seed/seed-demo';
import { platformCountSsoSettings } from '@server/modules/sso/sso.repository';
import { startEmailWorker } from '@server/modules/email/email-worker';
import { startReminderJob } from '@server/modules/email/send-due-reminders';
import { platformIssueSetupToken, SETUP_LINK_TTL_MS } from '@server/modules/organizations/installation-setup';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Starts Digiplan: database (embedded unless DATABASE_URL), migrations, demo data, HTTP. */
async function main(): Promise<void> {
  const config = readConfig();
  const log = pino({ level: config.logLevel });
  log.info({ dataDir: config.databaseUrl ? undefined : config.dataDir, external: Boolean(config.databaseUrl) }, 'opening database');
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log: (message) => log.debug({ postgres: message.trim() }),
    notice: (message) => log.info(message),
  });
  if (config.seedDemo) await seedDemoIfEmpty(database.db, log);
  // Stored SSO client secrets can only be opened with SECRET_KEY: refuse to start without it.
  const ssoOrganizations = await platformCountSsoSettings(database.db);
  if (ssoOrganizations > 0 && !config.secretKey) {
    await database.close();
    throw new Error(`SECRET_KEY is not set, but ${ssoOrganizations} organisation(s) use single sign-on and their client secrets are sealed with it. Set the same SECRET_KEY as before (at least 32 characters).`);
  }

  const app = await buildApp({
    db: database.db,
    secureCookies: config.secureCookies,
    logger: { level: config.logLevel },
    webRoot: path.join(root, 'dist/web'),
    validateResponses: process.env.VALIDATE_RESPONSES === 'true',
    loginLimits: {
      perAccount: { maxFailures: config.loginFailuresPerAccountPer5Min, windowMs: 5 * 60_000 },
      perAddress: { maxFailures: config.loginFailuresPerIpPer15Min, windowMs: 15 * 60_000 },
    },
    principalCacheMs: config.sessionCacheSeconds * 1000,
    secretKey: config.secretKey,
    publicUrl: config.publicUrl,
    // Only for the browser journeys' in-process OpenID provider on 127.0.0.1; never in production.
    ssoAllowInsecureLoopbackIssuers: process.env.SSO_TEST_ALLOW_HTTP_LOOPBACK_ISSUER === 'true',
  });

  // The outbox worker: sends what the changes queued (or logs it when SMTP_URL is unset).
  const emailWorker = startEmailWorker({
    db: database.db,
    smtpUrl: config.smtpUrl,
    smtpFrom: config.smtpFrom,
    publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    log: log.child({ module: 'email' }),
    intervalMs: config.emailWorkerIntervalSeconds * 1000,
  });
  // The reminder job: measurements, contracts and classification reviews due (one node at a time per organisation).
  const reminderJob = startReminderJob({ db: database.db, log: log.child({ module: 'reminders' }), intervalMs: config.reminderIntervalMinutes * 60_000 });
  if (!config.smtpUrl) log.warn('SMTP_URL is not set: e-mails are written to the log and kept in the outbox table (docs/OPERATIONS.md, E-mail)');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    await reminderJob.stop();
    await emailWorker.stop();
    await app.close();
    await database.close();
    log.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  log.info({ host: config.host }, `Digiplan is running on http://localhost:${config.port}`);
  // No organisation yet (SEED_DEMO=false): a one-time link lets the installer create the first one.
  // The token is in the fragment, which browsers never send to a server or write to its logs.
  const setupToken = await platformIssueSetupToken(database.db);
  if (setupToken) {
    process.stdout.write(
      [
        '',
        '  Digiplan: installationen har ingen organisation ännu.',
        `  Öppna länken inom ${SETUP_LINK_TTL_MS / 60_000} minuter för att skapa den första organisationen och dess administratör:`,
        `  http://localhost:${config.port}/installera#${setupToken}`,
        '  Länken fungerar en gång. Starta om Digiplan för att få en ny. Alternativ: npm run org:create -- --name "…" --admin-email …',
        '',
      ].join('\n') + '\n',
    );
  }
}

main().catch((error: unknown) => {
  // The logger may not exist yet; stderr is the one place a failed start can always be read.
  process.stderr.write(`Digiplan could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
