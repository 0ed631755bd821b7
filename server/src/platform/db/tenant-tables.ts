import { sql } from 'drizzle-orm';
import type { Db, Tx } from '@server/platform/db/database';

/**
 * The tenant tables, discovered from the database itself rather than listed by hand: every table
 * of schema public with an `organization_id` column, in a stable order. Deleting, exporting and
 * measuring an organisation use this, so a table added later is covered without anyone
 * remembering to add it.
 */
export async function tenantTables(tx: Db | Tx): Promise<string[]> {
  const result = await tx.execute<{ name: string }>(sql`
    select c.relname as name from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname`);
  return result.rows.map((row) => row.name);
}

/** A foreign key from one table's column to another table's single-column key. */
export type ForeignKeyColumn = { table: string; column: string };

/**
 * The columns (single-column foreign keys) of schema public that reference `target`'s key, e.g.
 * every `…_by` column pointing at `users`. Discovered from the catalog, like `tenantTables`.
 */
export async function columnsReferencing(tx: Db | Tx, target: string): Promise<ForeignKeyColumn[]> {
  const result = await tx.execute<{ table: string; column: string }>(sql`
    select src.relname as table, a.attname as column
    from pg_constraint k
    join pg_class src on src.oid = k.conrelid
    join pg_namespace n on n.oid = src.relnamespace
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
    where k.contype = 'f' and n.nspname = 'public' and k.confrelid = ${target}::regclass and array_length(k.conkey, 1) = 1
    order by src.relname, a.attname`);
  return result.rows;
}
