import type { Db } from '@server/platform/db/database';
import { notFound } from '@server/platform/errors';
import { deleteSessionOfUser, type Principal } from '@server/platform/auth/sessions';
import { auditOwnAccount, type RequestInfo } from '@server/modules/auth/audit-own-account';

/**
 * Ends one of the person's own sessions (a browser left logged in elsewhere). Another person's
 * session, or one already ended, answers 404. Ending the current one is logging out.
 */
export async function endMySession(db: Db, principal: Principal, id: string, info: RequestInfo): Promise<{ wasCurrent: boolean }> {
  const ended = await deleteSessionOfUser(db, principal.userId, id);
  if (!ended) throw notFound('session');
  await auditOwnAccount(db, principal, info, { action: 'auth.session_ended', after: { sessionId: id } });
  return { wasCurrent: ended.tokenHash === principal.tokenHash };
}
