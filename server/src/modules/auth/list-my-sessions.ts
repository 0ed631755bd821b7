import type { TMySessionList } from '@domain/sessions.contracts';
import { describeUserAgent } from '@domain/user-agent';
import type { Db } from '@server/platform/db/database';
import { listActiveSessionsOfUser, type Principal } from '@server/platform/auth/sessions';

/** The person's own sessions still in force, the one she is using marked, the latest used first. */
export async function listMySessions(db: Db, principal: Principal): Promise<TMySessionList> {
  const sessions = await listActiveSessionsOfUser(db, principal.userId, principal.tokenHash);
  return {
    items: sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      browser: describeUserAgent(session.userAgent),
      isCurrent: session.isCurrent,
    })),
  };
}
