import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';

/** How many failed logins are allowed, and over how long, per account (e-mail) and per client address. */
export type LoginLimits = {
  perAccount: { maxFailures: number; windowMs: number };
  perAddress: { maxFailures: number; windowMs: number };
};

/** The defaults: a municipal office may sit behind one NAT address, so the address limit is generous. */
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: { maxFailures: 10, windowMs: 5 * 60_000 },
  perAddress: { maxFailures: 100, windowMs: 15 * 60_000 },
};

/** 429 for a login refused by a limit; the route turns `retryAfterSeconds` into `Retry-After`. */
export class LoginLimitReached extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('too_many_requests', 'Too many failed logins. Wait a few minutes and try again.');
  }
}

/**
 * Seconds until one more failure is allowed under `limit` for the failures `matching`, or 0 when the
 * limit is not reached. The `maxFailures`-th newest failure in the window is the one whose expiry
 * frees a place; the database's clock is used so every app node agrees.
 */
async function secondsUntilFree(db: Db, matching: SQL, limit: { maxFailures: number; windowMs: number }): Promise<number> {
  const window = sql`make_interval(secs => ${limit.windowMs / 1000})`;
  const result = await db.execute<{ wait: string }>(sql`
    select extract(epoch from (occurred_at + ${window} - now())) as wait
    from security_events
    where kind = 'login_failed' and occurred_at > now() - ${window} and ${matching}
    order by occurred_at desc
    offset ${limit.maxFailures - 1} limit 1`);
  const wait = result.rows[0]?.wait;
  return wait === undefined ? 0 : Math.max(1, Math.ceil(Number(wait)));
}

/**
 * Refuses a login attempt with `LoginLimitReached` when the account (the e-mail, any case, from any
 * address) or the client address (any e-mail) has failed too often lately. Only failures count —
 * they are the `login_failed` security events `logIn` writes — so a user who logs in often is never
 * refused, and the count lives in the database, shared by every app node. Attempts refused here are
 * not failures and do not extend the wait.
 */
export async function assertLoginAllowed(db: Db, email: string, ip: string, limits: LoginLimits): Promise<void> {
  const [account, address] = await Promise.all([
    secondsUntilFree(db, sql`lower(email) = lower(${email})`, limits.perAccount),
    secondsUntilFree(db, sql`ip = ${ip}`, limits.perAddress),
  ]);
  const wait = Math.max(account, address);
  if (wait > 0) throw new LoginLimitReached(wait);
}

/**
 * Like `assertLoginAllowed` for the address alone: for a single sign-on's return, where no e-mail
 * is known until the identity provider has answered.
 */
export async function assertAddressAllowed(db: Db, ip: string, limits: LoginLimits): Promise<void> {
  const wait = await secondsUntilFree(db, sql`ip = ${ip}`, limits.perAddress);
  if (wait > 0) throw new LoginLimitReached(wait);
}
