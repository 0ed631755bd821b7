import type pg from 'pg';

/**
 * A Digiplan backup is a gzip-compressed file of JSON lines:
 *
 *   {"format":"digiplan-backup","version":1,"createdAt":…,"migrations":[…]}   the header
 *   ["table","needs"]                                                        a table starts
 *   {…one row, as PostgreSQL's to_jsonb(row) wrote it…}                      its rows
 *
 * A row is always a JSON object and a table line always an array, so no column name can be
 * mistaken for a table line.
 *
 * Rows travel as PostgreSQL's own JSON text in both directions and are never parsed in
 * JavaScript, so numbers, timestamps (microseconds), arrays and bytea come back exactly.
 */
export const BACKUP_FORMAT = 'digiplan-backup';
export const BACKUP_VERSION = 1;

export type BackupHeader = { format: typeof BACKUP_FORMAT; version: number; createdAt: string; migrations: string[] };

/** Left out on purpose: a restored installation starts with everyone logged out. */
const NOT_BACKED_UP = new Set(['sessions']);

/** The application's tables (schema public), in a stable order. */
export async function backedUpTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
  );
  return rows.map((r) => r.name).filter((name) => !NOT_BACKED_UP.has(name));
}

/** The migrations applied to the database, oldest first: a backup restores only onto the same list. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations order by created_at, id');
  return rows.map((r) => r.hash);
}

export const tableLine = (table: string) => JSON.stringify(['table', table]);
