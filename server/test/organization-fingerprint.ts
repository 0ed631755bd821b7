import pg from 'pg';
import { tenantTablesOf } from '@server/platform/backup/organization-export';

/** Runs `work` with a connection of its own to `url`, closed afterwards. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Rows and a checksum of one organisation in every tenant table, of its organisations row and of
 * its members' accounts, read as the superuser ("needs" → "17:<md5>").
 */
export function organizationFingerprint(url: string, organizationId: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const result: Record<string, string> = {};
    const of = async (name: string, from: string) => {
      const { rows } = await client.query<{ n: number; sum: string }>(
        `select count(*)::int as n, md5(coalesce(string_agg(to_jsonb(t)::text, '|' order by to_jsonb(t)::text), '')) as sum from ${from}`,
        [organizationId],
      );
      result[name] = `${rows[0]!.n}:${rows[0]!.sum}`;
    };
    for (const table of await tenantTablesOf(client)) await of(table, `${pg.escapeIdentifier(table)} t where t.organization_id = $1`);
    await of('organizations', 'organizations t where t.id = $1');
    await of('users', `(select u.id, u.email, u.name, u.password_hash, u.is_disabled from users u join memberships m on m.user_id = u.id and m.organization_id = $1) t`);
    return result;
  });
}

/** Rows per table of the whole database. */
export function rowsPerTable(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
    const result: Record<string, number> = {};
    for (const { name } of tables) result[name] = (await client.query<{ n: number }>(`select count(*)::int as n from ${pg.escapeIdentifier(name)}`)).rows[0]!.n;
    return result;
  });
}
