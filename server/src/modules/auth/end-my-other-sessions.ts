import type { TOtherSessionsEnded } from '@domain/sessions.contracts';
import type { Db } from '@server/platform/db/database';
import { deleteOtherSessionsOfUser, type Principal } from '@server/platform/auth/sessions';
import { auditOwnAccount, type RequestInfo } from '@server/modules/auth/audit-own-account';

/** "Logga ut överallt utom här": ends every session of the person except the one she is using. */
export async function endMyOtherSessions(db: Db, principal: Principal, info: RequestInfo): Promise<TOtherSessionsEnded> {
  const ended = await deleteOtherSessionsOfUser(db, principal.userId, principal.tokenHash);
  await auditOwnAccount(db, principal, info, { action: 'auth.other_sessions_ended', after: { ended } });
  return { ended };
}
