import pg from 'pg';
import { expect } from 'vitest';

/**
 * Every place in the whole database (every text, varchar, text[] and json/jsonb column of every
 * table) that holds `needle`, read as the superuser so neither row-level security nor grants hide
 * a row. Returns "table.column" for each hit.
 */
export async function placesHolding(adminUrl: string, needle: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const columns = await client.query<{ table_schema: string; table_name: string; column_name: string }>(
      `select c.table_schema, c.table_name, c.column_name from information_schema.columns c
         join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.table_schema not in ('pg_catalog', 'information_schema')
          and c.udt_name in ('text', 'varchar', 'bpchar', 'json', 'jsonb', '_text', '_varchar')`,
    );
    expect(columns.rows.length).toBeGreaterThan(20);
    const hits: string[] = [];
    for (const { table_schema, table_name, column_name } of columns.rows) {
      const column = `"${table_schema}"."${table_name}"."${column_name}"`;
      // jsonb keeps non-ASCII letters as they are; the JSON-escaped form is searched too for texts with quotes.
      const found = await client.query(
        `select 1 from "${table_schema}"."${table_name}" where strpos("${column_name}"::text, $1) > 0 or strpos("${column_name}"::text, $2) > 0 limit 1`,
        [needle, JSON.stringify(needle).slice(1, -1)],
      );
      if (found.rowCount) hits.push(column);
    }
    return hits;
  } finally {
    await client.end();
  }
}
