import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Role } from '@domain/roles';
import type { Db } from '@server/platform/db/database';
import { sessions } from '@server/modules/users/users.tables';

/** Ended after this long without a request. */
export const IDLE_TIMEOUT_SECONDS = 60 * 60;
/** Ended after this long whatever happens. */
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;
/** last_seen_at is refreshed at most this often, so reads do not all become writes. */
const TOUCH_INTERVAL_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The logged-in user behind a session cookie. */
export type Principal = {
  tokenHash: string;
  userId: string;
  email: string;
  name: string;
  locale: string;
  mustChangePassword: boolean;
  organizationId: string | null;
  roles: Role[];
  csrfToken: string;
  /** Manages the installation's organisations (ADR 0006); gives no access to their content. */
  installationAdmin: boolean;
};

/** How much of a browser's User-Agent a session keeps (enough to tell browser and system). */
const USER_AGENT_MAX = 500;

/**
 * Starts a session: a fresh random 256-bit token (never reused across logins). The browser's
 * User-Agent, when given, lets its owner recognise the session among her others.
 */
export async function createSession(db: Db, userId: string, organizationId: string | null, userAgent?: string): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    currentOrganizationId: organizationId,
    csrfToken,
    expiresAt: new Date(Date.now() + ABSOLUTE_TIMEOUT_SECONDS * 1000),
    userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null,
  });
  return { token, csrfToken };
}

/** Looks a token up (one round trip), refreshing its idle timer now and then. */
export async function findPrincipal(db: Db, token: string): Promise<Principal | undefined> {
  const tokenHash = hashToken(token);
  const result = await db.execute<{
    user_id: string; email: string; name: string; must_change_password: boolean; locale: string;
    organization_id: string | null; roles: Role[] | null; csrf_token: string; last_seen_at: Date; installation_admin: boolean;
  }>(sql`select * from session_principal(${tokenHash}, ${IDLE_TIMEOUT_SECONDS})`);
  const row = result.rows[0];
  if (!row) return undefined;
  if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    tokenHash,
    userId: row.user_id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    mustChangePassword: row.must_change_password,
    // A membership removed while logged in leaves the session without an organisation.
    organizationId: row.roles ? row.organization_id : null,
    roles: row.roles ?? [],
    csrfToken: row.csrf_token,
    installationAdmin: row.installation_admin,
  };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user (when disabled or after a password change). */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function setSessionOrganization(db: Db, tokenHash: string, organizationId: string): Promise<void> {
  await db.update(sessions).set({ currentOrganizationId: organizationId }).where(eq(sessions.tokenHash, tokenHash));
}

/** One of a user's sessions as she may see it: never the token or its hash. */
export type SessionSummary = { id: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null; isCurrent: boolean };

/** The user's sessions still in force (not past the idle or absolute timeout), the latest used first. */
export async function listActiveSessionsOfUser(db: Db, userId: string, currentTokenHash: string): Promise<SessionSummary[]> {
  const rows = await db
    .select({ id: sessions.id, tokenHash: sessions.tokenHash, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, userAgent: sessions.userAgent })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${IDLE_TIMEOUT_SECONDS})`),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.createdAt));
  return rows.map(({ tokenHash, ...row }) => ({ ...row, isCurrent: tokenHash === currentTokenHash }));
}

/** Ends one session of the user by its public id; undefined when she has none with that id. */
export async function deleteSessionOfUser(db: Db, userId: string, id: string): Promise<{ tokenHash: string } | undefined> {
  const [ended] = await db.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.id, id))).returning({ tokenHash: sessions.tokenHash });
  return ended;
}

/** Ends every session of the user except the one making the request; how many ended. */
export async function deleteOtherSessionsOfUser(db: Db, userId: string, keepTokenHash: string): Promise<number> {
  const ended = await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash))).returning({ id: sessions.id });
  return ended.length;
}
