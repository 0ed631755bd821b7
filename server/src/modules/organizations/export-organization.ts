import { PassThrough, type Readable } from 'node:stream';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { recordAudit } from '@server/platform/audit/audit';
import { MIGRATIONS } from '@server/platform/db/database';
import { poolOf } from '@server/platform/db/drizzle-over';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { writeOrganizationExport } from '@server/platform/backup/organization-export';

/**
 * The administrator's export of her whole organisation, in the backup format that
 * `npm run org:import` reads (platform/backup/organization-export.ts): every tenant table, the
 * audit log and the accounts its rows refer to, read in one REPEATABLE READ snapshot under the
 * organisation's row-level security. Audited before the first byte leaves, so the export is
 * itself part of the file. Streamed: the caller sends the returned stream as the response.
 */
export async function exportOrganization(ctx: Ctx): Promise<Readable> {
  await inTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'organization.exported', entityType: 'organization', entityId: ctx.organizationId }));
  // The migrations this server runs on: a file imports only into an installation with the same list.
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS }).map((m) => m.hash);
  const client = await poolOf(ctx.db).connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    await client.query(`select set_config('app.organization_id', $1, true)`, [ctx.organizationId]);
  } catch (error) {
    client.release(true);
    throw error;
  }
  const out = new PassThrough();
  writeOrganizationExport(client, ctx.organizationId, migrations, out)
    .then(async () => {
      await client.query('commit');
      client.release();
    })
    .catch((error: unknown) => {
      client.release(true);
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  return out;
}
