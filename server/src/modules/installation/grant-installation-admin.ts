import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@server/platform/db/database';
import { inPlatform } from '@server/platform/tenancy/context';
import { users } from '@server/modules/users/users.tables';
import { recordInstallationAudit, type InstallationActor } from '@server/modules/installation/installation-audit';

/** Whether the installation has an installation administrator yet. */
export async function platformHasInstallationAdmin(tx: Db | Tx): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.installationAdmin, true)).limit(1);
  return row !== undefined;
}

/** Why an account cannot be made installation administrator, in Swedish for the operator. */
export class GrantRefused extends Error {}

/**
 * Makes an existing account an installation administrator (`npm run installation:admin`), audited
 * in the installation's log. The account must exist and not be disabled.
 */
export async function platformGrantInstallationAdmin(db: Db, email: string, actor: InstallationActor): Promise<{ userId: string; already: boolean }> {
  return inPlatform(db, async (tx) => {
    const [user] = await tx.select().from(users).where(sql`lower(${users.email}) = lower(${email.trim()})`);
    if (!user) throw new GrantRefused(`Det finns inget konto med adressen ${email.trim()}. Skapa kontot först (till exempel med npm run org:create) och kör kommandot igen.`);
    if (user.isDisabled) throw new GrantRefused(`Kontot ${user.email} är avstängt.`);
    if (user.installationAdmin) return { userId: user.id, already: true };
    await tx.update(users).set({ installationAdmin: true, version: sql`${users.version} + 1`, updatedAt: new Date() }).where(eq(users.id, user.id));
    await recordInstallationAudit(tx, actor, { action: 'installation.admin_granted', organizationId: null, organizationName: null, detail: { userId: user.id, email: user.email } });
    return { userId: user.id, already: false };
  });
}
