import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { appliedMigrations } from '@server/platform/backup/backup-format';
import { parseHeader, RestoreRefused } from '@server/platform/backup/restore-backup';
import { tenantTablesOf, type OrganizationExportHeader } from '@server/platform/backup/organization-export';

const ROWS_PER_INSERT = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const damaged = () => new RestoreRefused('Filen är skadad eller ofullständig. Ingenting har importerats; exportera organisationen igen.');

function organizationOf(header: OrganizationExportHeader): { id: string; name: string } {
  const organization = (header as Partial<OrganizationExportHeader>).organization;
  if (!organization || typeof organization.id !== 'string' || !UUID.test(organization.id) || typeof organization.name !== 'string') {
    throw new RestoreRefused('Filen är en säkerhetskopia av en hel installation, inte en exporterad organisation. Använd npm run restore för den.');
  }
  return organization;
}

/**
 * Imports one organisation exported by `writeOrganizationExport` into the installation at
 * `adminUrl` (a superuser connection), as a new organisation with the same ids. All or nothing:
 * one transaction, with foreign-key checks off while rows go in (the export was a consistent
 * snapshot). Refused, with nothing written, when the organisation (its id or its name) already
 * exists, when the installation runs other migrations, or when the file is damaged. Accounts that
 * already exist with the same id are kept as they are; a different account with the same e-mail
 * address is refused. Imported accounts are never installation administrators. Returns the rows
 * per table that were written.
 */
export async function importOrganization(adminUrl: string, file: string): Promise<{ organization: { id: string; name: string }; counts: Record<string, number> }> {
  const gunzip = createGunzip();
  const lines = createInterface({ input: createReadStream(file).pipe(gunzip), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    let first: string | undefined;
    try {
      first = (await lines.next()).value as string | undefined;
    } catch {
      throw new RestoreRefused('Filen är ingen exporterad organisation från Digiplan.');
    }
    const header = parseHeader(first) as OrganizationExportHeader;
    const organization = organizationOf(header);
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    if (JSON.stringify(await appliedMigrations(client)) !== JSON.stringify(header.migrations)) {
      throw new RestoreRefused('Filen exporterades från en annan version av Digiplan (databasens migreringar skiljer sig). Uppgradera den ena installationen så att båda kör samma version.');
    }
    const existing = await client.query<{ name: string }>('select name from organizations where id = $1 or lower(trim(name)) = lower(trim($2))', [organization.id, organization.name]);
    if (existing.rows[0]) throw new RestoreRefused(`Organisationen "${existing.rows[0].name}" finns redan i installationen. Ingenting har importerats.`);

    const tenant = await tenantTablesOf(client);
    let table: string | undefined;
    let columns = '';
    let batch: string[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      const source = `json_populate_recordset(null::${pg.escapeIdentifier(table)}, $1::json) r`;
      const rows = `[${batch.join(',')}]`;
      if (table === 'users') {
        // An account already in this installation (same id) stays as it is.
        const inserted = await client.query<{ id: string }>(`insert into users (${columns}) select ${columns} from ${source} on conflict (id) do nothing returning id`, [rows]);
        await client.query('update users set installation_admin = false where id = any($1::uuid[])', [inserted.rows.map((r) => r.id)]);
        counts[table] = (counts[table] ?? 0) + inserted.rowCount!;
      } else {
        // Only the organisation's own rows: a row of any other organisation means the file was altered.
        const own = table === 'organizations' ? 'r.id = $2' : 'r.organization_id = $2';
        const inserted = await client.query(`insert into ${pg.escapeIdentifier(table)} (${columns}) select ${columns} from ${source} where ${own}`, [rows, organization.id]);
        if (inserted.rowCount !== batch.length) throw damaged();
        counts[table] = (counts[table] ?? 0) + batch.length;
      }
      batch = [];
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value as string;
      if (line.startsWith('[')) {
        await flush();
        const [, name] = JSON.parse(line) as [string, string];
        if (name !== 'organizations' && name !== 'users' && !tenant.includes(name)) {
          throw new RestoreRefused(`Filen har en tabell som inte hör till en organisation eller som den här installationen saknar: ${name}.`);
        }
        table = name;
        counts[table] = 0;
        const { rows } = await client.query<{ name: string }>(
          `select column_name as name from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position`,
          [table],
        );
        columns = rows.map((r) => r.name).map((name) => pg.escapeIdentifier(name)).join(', ');
      } else if (line.startsWith('{') && table) {
        batch.push(line);
        if (batch.length >= ROWS_PER_INSERT) await flush();
      } else if (line.trim() !== '') {
        throw damaged();
      }
    }
    await flush();
    if (counts.organizations !== 1) throw damaged();
    await client.query('commit');
    return { organization, counts };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    if (error instanceof RestoreRefused) throw error;
    const code = (error as { code?: string }).code;
    if (code === '23505') {
      throw new RestoreRefused(`Något i filen finns redan i installationen (${(error as { detail?: string }).detail ?? (error as Error).message}). Ingenting har importerats.`);
    }
    // A gzip, JSON or type error: the file was cut short or altered.
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || (code && /^22/.test(code)) || error instanceof SyntaxError) throw damaged();
    throw error;
  } finally {
    gunzip.destroy();
    await client.end();
  }
}
