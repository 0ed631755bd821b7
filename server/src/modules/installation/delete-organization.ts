import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@server/platform/db/database';
import { AppError, notFound } from '@server/platform/errors';
import { columnsReferencing, tenantTables } from '@server/platform/db/tenant-tables';
import { inPlatform } from '@server/platform/tenancy/context';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { memberships, sessions, users } from '@server/modules/users/users.tables';
import { recordInstallationAudit, type InstallationActor } from '@server/modules/installation/installation-audit';

/** What deleting an organisation removed: rows per tenant table, and the accounts that went with it. */
export type DeletedOrganization = { rows: Record<string, number>; deletedUsers: number };

/**
 * Deletes one organisation with everything in it, inside the caller's platform transaction (all
 * or nothing). Every tenant table is found in the catalog, so a table added later is covered; all
 * of them are emptied of the organisation in one statement (data-modifying CTEs), so the foreign
 * keys between them, checked at the statement's end, never depend on an order. Then its sessions,
 * the organisation row, its audit log (through `erase_audit_of_deleted_organization`, the one way
 * to delete audit events, ADR 0006), and the accounts that belonged to it alone: former members
 * with no membership left anywhere that nothing else refers to (installation administrators keep
 * their account).
 */
export async function deleteOrganizationInPlatform(tx: Tx, organizationId: string): Promise<DeletedOrganization> {
  const memberIds = (await tx.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.organizationId, organizationId))).map((m) => m.userId);
  const tables = (await tenantTables(tx)).filter((table) => table !== 'audit_events');
  const ctes = sql.join(
    tables.map((table, i) => sql`${sql.raw(`d${i}`)} as (delete from ${sql.identifier(table)} where organization_id = ${organizationId} returning 1)`),
    sql`, `,
  );
  const counts = sql.join(tables.map((_, i) => sql.raw(`(select count(*) from d${i})`)), sql`, `);
  const { rows } = await tx.execute<{ counts: (string | number)[] }>(sql`with ${ctes} select array[${counts}]::bigint[] as counts`);
  const perTable = rows[0]!.counts.map(Number);
  const result: Record<string, number> = Object.fromEntries(tables.map((table, i) => [table, perTable[i]!]));

  await tx.delete(sessions).where(eq(sessions.currentOrganizationId, organizationId));
  await tx.delete(organizations).where(eq(organizations.id, organizationId));
  const erased = await tx.execute<{ n: number }>(sql`select erase_audit_of_deleted_organization(${organizationId}) as n`);
  result.audit_events = Number(erased.rows[0]!.n);

  let deletedUsers = 0;
  if (memberIds.length > 0) {
    const references = (await columnsReferencing(tx, 'users')).filter((ref) => ref.table !== 'sessions');
    const unreferenced = references.map((ref) => sql` and not exists (select 1 from ${sql.identifier(ref.table)} r where r.${sql.identifier(ref.column)} = u.id)`);
    const { rows: orphans } = await tx.execute<{ id: string }>(
      sql`select u.id from users u where u.id in ${memberIds} and not u.installation_admin${sql.join(unreferenced, sql``)}`,
    );
    const orphanIds = orphans.map((row) => row.id);
    if (orphanIds.length > 0) {
      await tx.delete(sessions).where(inArray(sessions.userId, orphanIds));
      deletedUsers = (await tx.delete(users).where(inArray(users.id, orphanIds)).returning({ id: users.id })).length;
    }
  }
  return { rows: result, deletedUsers };
}

const nameMismatch = () =>
  new AppError('unprocessable', 'Type the organisation’s name exactly to confirm the deletion.', [{ path: 'body.confirmName', code: 'name_mismatch' }]);

/**
 * Deletes an organisation for good, after its name was typed to confirm. `who` decides the
 * precondition: an organisation's own administrator may delete it any time (also the demo); an
 * installation administrator only a disabled one. Audited in the installation's log, since the
 * organisation's own log goes with it.
 */
export async function deleteOrganization(
  db: Db,
  actor: InstallationActor,
  organizationId: string,
  confirmName: string,
  who: 'organization_admin' | 'installation_admin',
): Promise<DeletedOrganization> {
  return inPlatform(db, async (tx) => {
    const [current] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for('update');
    if (!current) throw notFound('organization');
    if (confirmName.trim() !== current.name.trim()) throw nameMismatch();
    if (who === 'installation_admin' && current.disabledAt === null) {
      throw new AppError('invalid_state', 'Disable the organisation before deleting it.', [{ path: 'params.id', code: 'not_disabled' }]);
    }
    const deleted = await deleteOrganizationInPlatform(tx, organizationId);
    const rows = Object.values(deleted.rows).reduce((sum, n) => sum + n, 0);
    await recordInstallationAudit(tx, actor, {
      action: 'installation.organization_deleted',
      organizationId,
      organizationName: current.name,
      detail: { by: who, rows, deletedUsers: deleted.deletedUsers },
    });
    return deleted;
  });
}
