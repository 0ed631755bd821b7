import type { Db } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import { recordAudit, recordSecurityEvent } from '@server/platform/audit/audit';
import { verifyPassword, timingSafeDummyHash } from '@server/platform/auth/passwords';
import { createSession } from '@server/platform/auth/sessions';
import { inTenant } from '@server/platform/tenancy/context';
import { platformFindMembershipsOfUser, platformFindUserByEmail, platformIsMemberOfDisabledOrganization } from '@server/modules/users/users.platform';
import { assertLoginAllowed, type LoginLimits } from '@server/modules/auth/login-limits';
import { assertPasswordLoginAllowed } from '@server/modules/sso/password-login-policy';

type RequestInfo = { requestId: string; ip: string };

/** Writes an event to the audit log of every organisation the user belongs to. */
async function auditInEveryOrganization(db: Db, userId: string, name: string, info: RequestInfo, action: 'auth.login' | 'auth.login_failed') {
  for (const membership of await platformFindMembershipsOfUser(db, userId, { includeDisabled: true })) {
    const ctx = { db, organizationId: membership.organizationId, actor: { id: userId, name, email: '' }, ...info };
    await inTenant(ctx, (tx) => recordAudit(tx, ctx, { action, entityType: 'user', entityId: userId }));
  }
}

/**
 * Checks e-mail and password and starts a new session in the user's first organisation. Wrong
 * credentials and disabled users get the same answer and take the same time. Before anything is
 * looked up, an account or client address with too many recent failures is refused (429), whether
 * or not the e-mail exists and even with the right password; each failure is recorded as a
 * `login_failed` security event, which is what the limits count.
 */
export async function logIn(db: Db, input: { email: string; password: string }, info: RequestInfo, limits: LoginLimits, userAgent?: string) {
  await assertLoginAllowed(db, input.email, info.ip, limits);
  const user = await platformFindUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await timingSafeDummyHash()), input.password);
  if (!user || !passwordOk || user.isDisabled) {
    await recordSecurityEvent(db, { kind: 'login_failed', email: input.email.slice(0, 254), userId: user?.id, ...info });
    if (user) await auditInEveryOrganization(db, user.id, user.name, info, 'auth.login_failed');
    throw new AppError('invalid_credentials', 'Wrong e-mail or password.');
  }
  // An organisation using single sign-on: its people log in there (its administrators excepted).
  await assertPasswordLoginAllowed(db, user, info);
  const memberships = await platformFindMembershipsOfUser(db, user.id);
  if (memberships.length === 0 && !user.installationAdmin && (await platformIsMemberOfDisabledOrganization(db, user.id))) {
    // The organisations she could act in are disabled by the installation administrator.
    await recordSecurityEvent(db, { kind: 'login_refused_disabled', email: input.email.slice(0, 254), userId: user.id, ...info });
    throw new AppError('forbidden', 'Din organisation är avstängd i Digiplan. Kontakta systemadministratören.', [{ path: 'body.email', code: 'organization_disabled' }]);
  }
  const organizationId = memberships[0]?.organizationId ?? null;
  const session = await createSession(db, user.id, organizationId, userAgent);
  await auditInEveryOrganization(db, user.id, user.name, info, 'auth.login');
  return session;
}
