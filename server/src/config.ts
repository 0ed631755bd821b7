import path from 'node:path';
import { secretKeyProblem } from '@server/platform/crypto/secret-box';

/** Runtime configuration, read once from the environment (documented in the README). */
export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Behind HTTPS the session cookie gets `Secure` and the `__Host-` prefix. */
  secureCookies: boolean;
  logLevel: string;
  /** Create the demo organisation when the database is empty. */
  seedDemo: boolean;
  /** Failed logins allowed per account (e-mail, from any address) in five minutes. */
  loginFailuresPerAccountPer5Min: number;
  /** Failed logins allowed per client address (any e-mail) in fifteen minutes. */
  loginFailuresPerIpPer15Min: number;
  /** Seconds a looked-up session is reused within this process; 0 checks the database on every request. */
  sessionCacheSeconds: number;
  /** Key material for secrets stored in the database (SSO client secrets); required once any organisation uses SSO. */
  secretKey: string | undefined;
  /** The address users reach Digiplan at (e.g. https://digiplan.kommun.se), for SSO redirect URIs; else taken from each request's Host. */
  publicUrl: string | undefined;
  /** `SMTP_URL` (smtp://user:password@host:587 or smtps://…): where e-mail is sent; unset = written to the log and kept in the outbox. */
  smtpUrl: string | undefined;
  /** `SMTP_FROM`: the sender, e.g. `Digiplan <digiplan@kommun.se>`; else no-reply at PUBLIC_URL's host. */
  smtpFrom: string | undefined;
  /** `EMAIL_WORKER_INTERVAL_SECONDS`: how often the outbox is looked at (default 15). */
  emailWorkerIntervalSeconds: number;
  /** `REMINDER_INTERVAL_MINUTES`: how often the reminder job looks for what is due (default 15). */
  reminderIntervalMinutes: number;
};

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${env[name]}".`);
  return value;
}

function checkedSecretKey(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const problem = secretKeyProblem(value);
  if (problem) throw new Error(`${problem} Generate one with: openssl rand -base64 48`);
  return value;
}

function checkedPublicUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an address such as https://digiplan.kommun.se, got "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PUBLIC_URL must start with https://, got "${value}".`);
  return url.origin;
}

function checkedSmtpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('SMTP_URL must be an address such as smtp://user:password@smtp.kommun.se:587.');
  }
  // The value may hold a password: never echo it back.
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('SMTP_URL must start with smtp:// or smtps://.');
  return value;
}

/** Reads the configuration from `env`, failing fast with a message that says what to fix. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number between 1 and 65535, got "${env.PORT}".`);
  }
  return {
    port,
    // Only this machine by default; a container or a server behind no proxy sets HOST=0.0.0.0.
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    secureCookies: env.SECURE_COOKIES === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: env.SEED_DEMO !== 'false',
    // LOGIN_ATTEMPTS_PER_5_MIN is the older name of the account limit, still read so existing setups keep theirs.
    loginFailuresPerAccountPer5Min: wholeNumber(
      { LOGIN_FAILURES_PER_ACCOUNT_PER_5_MIN: env.LOGIN_FAILURES_PER_ACCOUNT_PER_5_MIN ?? env.LOGIN_ATTEMPTS_PER_5_MIN },
      'LOGIN_FAILURES_PER_ACCOUNT_PER_5_MIN',
      10,
      1,
    ),
    loginFailuresPerIpPer15Min: wholeNumber(env, 'LOGIN_FAILURES_PER_IP_PER_15_MIN', 100, 1),
    sessionCacheSeconds: wholeNumber(env, 'SESSION_CACHE_SECONDS', 5, 0),
    secretKey: checkedSecretKey(env.SECRET_KEY),
    publicUrl: checkedPublicUrl(env.PUBLIC_URL),
    smtpUrl: checkedSmtpUrl(env.SMTP_URL),
    smtpFrom: env.SMTP_FROM || undefined,
    emailWorkerIntervalSeconds: wholeNumber(env, 'EMAIL_WORKER_INTERVAL_SECONDS', 15, 1),
    reminderIntervalMinutes: wholeNumber(env, 'REMINDER_INTERVAL_MINUTES', 15, 1),
  };
}
