import pg from 'pg';

/** Ids of an organisation's rows, by table name (`members` holds the members' user ids). */
export type TenantIds = Map<string, string[]>;

/** Runs `work` on a superuser connection to the test database. */
export async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every tenant table's ids in the organisation, by table name. */
export async function idsOf(adminUrl: string, organizationId: string): Promise<TenantIds> {
  return withAdmin(adminUrl, async (client) => {
    const tables = await client.query<{ t: string }>(
      `select c.table_name as t from information_schema.columns c
        join information_schema.columns i on i.table_name = c.table_name and i.table_schema = c.table_schema and i.column_name = 'id'
       where c.table_schema = 'public' and c.column_name = 'organization_id'`,
    );
    const ids: TenantIds = new Map();
    for (const { t } of tables.rows) {
      const rows = await client.query<{ id: string }>(`select id::text as id from "${t}" where organization_id = $1 limit 50`, [organizationId]);
      ids.set(t, rows.rows.map((r) => r.id));
    }
    // A member is addressed by the user's id (users are global; the membership is the tenant row).
    const members = await client.query<{ id: string }>('select user_id::text as id from memberships where organization_id = $1', [organizationId]);
    ids.set('members', members.rows.map((r) => r.id));
    // A session is global too, addressed by its public id; the organisation's are its members'.
    const sessions = await client.query<{ id: string }>('select s.id::text as id from sessions s join memberships m on m.user_id = s.user_id where m.organization_id = $1 limit 50', [organizationId]);
    ids.set('sessions', sessions.rows.map((r) => r.id));
    // The shared library addresses an entry as `/library/{id}` (a place, not a table name).
    ids.set('library', ids.get('library_entries') ?? []);
    return ids;
  });
}

/**
 * The one content an organisation shows every other: its published library entries (issue 17
 * item 6). The walk lets these ids appear in lists and lets the routes below read or copy them.
 */
export async function publishedLibraryIdsOf(adminUrl: string, organizationId: string): Promise<string[]> {
  return withAdmin(adminUrl, async (client) => {
    const rows = await client.query<{ id: string }>(`select id::text as id from library_entries where organization_id = $1 and status = 'published'`, [organizationId]);
    return rows.rows.map((r) => r.id);
  });
}

/** Routes another organisation may use on a published entry: read it, copy it as its own need. */
export const SHARED_LIBRARY_ROUTES: ReadonlySet<string> = new Set(['GET /api/v1/library/{id}', 'POST /api/v1/library/{id}/copy-as-need']);

/** The table an id parameter refers to: named by the path segment before it, nested under the one before that. */
export function tableFor(path: string, param: string, ids: TenantIds): string | undefined {
  const segments = path.split('/').filter(Boolean);
  const at = segments.indexOf(`{${param}}`);
  const resource = segments[at - 1]?.replace(/-/g, '_');
  if (!resource || resource.startsWith('{')) return undefined;
  const parent = segments[at - 3]?.replace(/-/g, '_');
  const singular = (name: string) => name.replace(/ies$/, 'y').replace(/s$/, '');
  const owner = parent ? `${singular(parent)}_` : '';
  // `/needs/{id}/comments` → need_comments; `/checklist-templates/{id}` → checklist_template_items.
  const candidates = [resource, `${owner}${resource}`, `${singular(resource)}_items`, `${owner}${singular(resource)}_items`, `${owner}${resource}_items`];
  const found = candidates.find((c) => (ids.get(c)?.length ?? 0) > 0);
  if (found) return found;
  // `/integrations/{id}` → system_integrations: the one table named "<owner>_<resource>".
  const suffixed = [...ids.keys()].filter((table) => table.endsWith(`_${resource}`) && (ids.get(table)?.length ?? 0) > 0);
  return suffixed.length === 1 ? suffixed[0] : undefined;
}

