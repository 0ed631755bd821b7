import { eq } from 'drizzle-orm';
import type { TChangePasswordRequest } from '@domain/auth.contracts';
import type { Db } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import { hashPassword, verifyPassword } from '@server/platform/auth/passwords';
import { assertPasswordNotBreached } from '@server/platform/auth/breached-passwords';
import { createSession, deleteSessionsOfUser, type Principal } from '@server/platform/auth/sessions';
import { users } from '@server/modules/users/users.tables';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant } from '@server/platform/tenancy/context';

/**
 * Replaces the user's password (required after a one-time password). All the user's sessions end
 * and a fresh one is returned, so a stolen old session cannot outlive the change.
 */
export async function changePassword(db: Db, principal: Principal, input: TChangePasswordRequest, info: { requestId: string; ip: string }, userAgent?: string) {
  const [user] = await db.select().from(users).where(eq(users.id, principal.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', 'The current password is wrong.', [{ path: 'body.currentPassword', code: 'wrong_password' }]);
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError('validation_failed', 'Choose a password you have not used here.', [{ path: 'body.newPassword', code: 'same_as_current' }]);
  }
  assertPasswordNotBreached(input.newPassword, 'body.newPassword');
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, updatedAt: new Date(), version: user.version + 1 })
    .where(eq(users.id, user.id));
  await deleteSessionsOfUser(db, user.id);
  if (principal.organizationId) {
    const ctx = { db, organizationId: principal.organizationId, actor: { id: user.id, name: user.name, email: user.email }, ...info };
    await inTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'auth.password_changed', entityType: 'user', entityId: user.id }));
  }
  return createSession(db, user.id, principal.organizationId, userAgent);
}
