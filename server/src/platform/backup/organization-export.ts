import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { BACKUP_FORMAT, BACKUP_VERSION, tableLine, type BackupHeader } from '@server/platform/backup/backup-format';

const ROWS_PER_READ = 1_000;

/** The header of one organisation's export: a backup header that names the organisation. */
export type OrganizationExportHeader = BackupHeader & { organization: { id: string; name: string } };

/** Every table of schema public with an `organization_id` column, in a stable order (like `tenantTables`). */
export async function tenantTablesOf(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c
     join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped
     where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
  );
  return rows.map((r) => r.name);
}

/** The tenant-table columns that refer to an account (every foreign key to `users`). */
async function userColumnsOf(client: pg.ClientBase, tenant: string[]): Promise<{ table: string; column: string }[]> {
  const { rows } = await client.query<{ table: string; column: string }>(
    `select src.relname as table, a.attname as column
     from pg_constraint k
     join pg_class src on src.oid = k.conrelid
     join pg_namespace n on n.oid = src.relnamespace
     join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
     where k.contype = 'f' and n.nspname = 'public' and k.confrelid = 'users'::regclass and array_length(k.conkey, 1) = 1
     order by src.relname, a.attname`,
  );
  return rows.filter((r) => tenant.includes(r.table));
}

/**
 * The queries that read one organisation whole, table by table: its `organizations` row, the
 * accounts its rows refer to (members, former members, authors), and its rows in every tenant
 * table including its audit log. Sessions are never exported. `$1` is the organisation's id.
 */
export async function organizationExportQueries(client: pg.ClientBase): Promise<{ table: string; select: string }[]> {
  const tenant = await tenantTablesOf(client);
  const userColumns = await userColumnsOf(client, tenant);
  const referenced = userColumns.map((c) => `select ${pg.escapeIdentifier(c.column)} from ${pg.escapeIdentifier(c.table)} where organization_id = $1`).join(' union ');
  return [
    { table: 'organizations', select: 'select to_jsonb(t)::text as row from organizations t where t.id = $1' },
    { table: 'users', select: `select to_jsonb(t)::text as row from users t where t.id in (${referenced}) order by t.id` },
    ...tenant.filter((table) => table !== 'sessions').map((table) => ({ table, select: `select to_jsonb(t)::text as row from ${pg.escapeIdentifier(table)} t where t.organization_id = $1` })),
  ];
}

/**
 * Writes one organisation in the backup format (gzip-compressed JSON lines, see backup-format.ts)
 * to `out`. The caller opens the transaction (REPEATABLE READ, so every table is the same moment)
 * on `client`; this reads, streams and ends `out`. Returns the rows per table.
 */
export async function writeOrganizationExport(
  client: pg.ClientBase,
  organizationId: string,
  migrations: string[],
  out: Writable,
): Promise<Record<string, number>> {
  const { rows: found } = await client.query<{ name: string }>('select name from organizations where id = $1', [organizationId]);
  if (!found[0]) throw new Error(`Organisationen ${organizationId} finns inte.`);
  const gzip = createGzip();
  const piped = gzip.pipe(out);
  // A download that stops half-way (the browser closed) ends the export instead of waiting for it forever.
  out.once('close', () => {
    if (!gzip.writableFinished) gzip.destroy(new Error('the export was closed before it was complete'));
  });
  const write = async (line: string) => {
    if (!gzip.write(line + '\n')) await once(gzip, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    const header: OrganizationExportHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      organization: { id: organizationId, name: found[0].name },
    };
    await write(JSON.stringify(header));
    for (const { table, select } of await organizationExportQueries(client)) {
      await write(tableLine(table));
      counts[table] = 0;
      const cursor = client.query(new Cursor<{ row: string }>(select, [organizationId]));
      for (let rows = await cursor.read(ROWS_PER_READ); rows.length > 0; rows = await cursor.read(ROWS_PER_READ)) {
        for (const { row } of rows) await write(row);
        counts[table] += rows.length;
      }
      await cursor.close();
    }
    gzip.end();
    await once(piped, 'finish');
    return counts;
  } catch (error) {
    gzip.destroy();
    throw error;
  }
}
