import { and, eq, sql } from 'drizzle-orm';
import type { TInstallationOrganization } from '@domain/installation.contracts';
import type { Db } from '@server/platform/db/database';
import { AppError, notFound } from '@server/platform/errors';
import { inPlatform } from '@server/platform/tenancy/context';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { memberships, sessions } from '@server/modules/users/users.tables';
import { recordInstallationAudit, type InstallationActor } from '@server/modules/installation/installation-audit';
import { listOrganizationsInPlatform } from '@server/modules/installation/list-organizations';

/**
 * Disables an organisation or enables it again. While disabled its members cannot log in to it or
 * use it (their memberships give no roles, `session_principal`), and the sessions in it end at
 * once; nothing is deleted. An installation administrator cannot disable an organisation she is a
 * member of herself (she would lock herself out with it).
 */
export async function setOrganizationDisabled(db: Db, actor: InstallationActor, organizationId: string, disabled: boolean): Promise<TInstallationOrganization> {
  return inPlatform(db, async (tx) => {
    const [current] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for('update');
    if (!current) throw notFound('organization');
    if (disabled && actor.id) {
      const [own] = await tx.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, actor.id)));
      if (own) throw new AppError('invalid_state', 'You cannot disable an organisation you are a member of yourself.', [{ path: 'params.id', code: 'own_organization' }]);
    }
    if ((current.disabledAt !== null) !== disabled) {
      await tx
        .update(organizations)
        .set({ disabledAt: disabled ? new Date() : null, version: sql`${organizations.version} + 1`, updatedAt: new Date() })
        .where(eq(organizations.id, organizationId));
      if (disabled) await tx.delete(sessions).where(eq(sessions.currentOrganizationId, organizationId));
      await recordInstallationAudit(tx, actor, {
        action: disabled ? 'installation.organization_disabled' : 'installation.organization_enabled',
        organizationId,
        organizationName: current.name,
      });
    }
    const [organization] = await listOrganizationsInPlatform(tx, organizationId);
    return organization!;
  });
}
