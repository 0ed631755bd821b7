import { emailDomainOf } from '@domain/members.contracts';
import type { Db } from '@server/platform/db/database';
import { recordAudit, recordSecurityEvent } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { inTenant } from '@server/platform/tenancy/context';
import { platformFindMembershipsOfUser } from '@server/modules/users/users.platform';
import { platformFindDomainOwner } from '@server/modules/sso/sso.repository';

/**
 * Password login for an address whose organisation logs in with single sign-on is refused (403
 * `sso_required`), after the password was found right — except for that organisation's
 * administrators, who keep their password as the way in when the provider fails (`/logga-in?losenord`).
 * The refusal is a security event and is in the organisation's audit log.
 */
export async function assertPasswordLoginAllowed(db: Db, user: { id: string; email: string; name: string }, info: { requestId: string; ip: string }): Promise<void> {
  const owner = await platformFindDomainOwner(db, emailDomainOf(user.email));
  if (!owner?.settings) return;
  const memberships = await platformFindMembershipsOfUser(db, user.id);
  if (memberships.some((m) => m.organizationId === owner.organizationId && m.roles.includes('admin'))) return;
  await recordSecurityEvent(db, { kind: 'sso_required', email: user.email.slice(0, 254), userId: user.id, ...info });
  const ctx = { db, organizationId: owner.organizationId, actor: { id: user.id, name: user.name, email: user.email }, ...info };
  await inTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'sso.password_refused', entityType: 'user', entityId: user.id }));
  throw new AppError('sso_required', 'Your organisation logs in with single sign-on. Log in with your organisation account.');
}
