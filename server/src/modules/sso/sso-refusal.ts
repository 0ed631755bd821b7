import type { TSsoRefusal } from '@domain/sso.contracts';
import type { Db } from '@server/platform/db/database';
import { recordAuditWithoutActor, recordSecurityEvent } from '@server/platform/audit/audit';
import { inTenant } from '@server/platform/tenancy/context';

export type RequestInfo = { requestId: string; ip: string };

/** A single sign-on that must not log anyone in, with what is known about it. */
export class SsoRefused extends Error {
  constructor(
    readonly reason: TSsoRefusal,
    readonly known: { organizationId?: string; email?: string; userId?: string; userName?: string; failure?: string } = {},
  ) {
    super(`single sign-on refused: ${reason}`);
  }
}

/**
 * Records a refused single sign-on: a `login_failed` security event (so refusals count towards the
 * login limits of the address and, when known, the account) and, when the organisation is known,
 * `sso.login_refused` in its audit log. Nothing secret (codes, tokens, state) is written.
 */
export async function recordSsoRefusal(db: Db, refusal: SsoRefused, info: RequestInfo): Promise<void> {
  const { organizationId, email, userId, userName, failure } = refusal.known;
  await recordSecurityEvent(db, {
    kind: 'login_failed',
    email: email?.slice(0, 254),
    userId,
    detail: { sso: refusal.reason, organizationId, failure },
    ...info,
  });
  if (!organizationId) return;
  const scope = { organizationId, ...info };
  await inTenant({ db, organizationId }, (tx) =>
    recordAuditWithoutActor(tx, scope, userName ?? email ?? '', {
      action: 'sso.login_refused',
      entityType: userId ? 'user' : 'organization',
      entityId: userId ?? organizationId,
      after: { reason: refusal.reason, ...(email ? { email } : {}) },
    }),
  );
}
