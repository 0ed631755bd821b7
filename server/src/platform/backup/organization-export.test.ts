import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { DATABASE_NAME, openDatabase } from '@server/platform/db/database';
import { startEmbeddedPostgres } from '@server/platform/db/embedded-postgres';
import { seedDemoIfEmpty } from '@server/seed/seed-demo';
import { platformCreateOrganization } from '@server/modules/organizations/platform-create-organization';
import { writeBackup } from '@server/platform/backup/write-backup';
import { tenantTablesOf } from '@server/platform/backup/organization-export';
import { importOrganization } from '@server/platform/backup/organization-import';
import { exportOrganizationToFile } from '@server/ops/org-export-command';

type Cluster = Awaited<ReturnType<typeof startEmbeddedPostgres>>;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Rows and a checksum of one organisation in every tenant table, its organisations row and its members' accounts. */
function fingerprintOf(url: string, organizationId: string): Promise<Record<string, string>> {
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

/** Rows per table of the whole installation. */
function rowsPerTable(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
    const result: Record<string, number> = {};
    for (const { name } of tables) result[name] = (await client.query<{ n: number }>(`select count(*)::int as n from ${pg.escapeIdentifier(name)}`)).rows[0]!.n;
    return result;
  });
}

async function prepareDataDir(dataDir: string, seed: boolean): Promise<void> {
  const database = await openDatabase({ databaseUrl: undefined, dataDir, log: () => {} });
  if (seed) {
    await seedDemoIfEmpty(database.db, pino({ level: 'silent' }));
    await platformCreateOrganization(database.db, { name: 'Grannkommunen', adminEmail: 'admin@granne.example', adminName: 'Granne Admin', installationAdmin: true }, { id: null, name: 'test' });
  }
  await database.close();
}

describe('exporting one organisation and importing it into another installation', () => {
  let root: string;
  let source: Cluster;
  let target: Cluster;
  let file: string;
  let demo: { id: string; name: string };

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'digiplan-org-export-'));
    chmodSync(root, 0o755); // the embedded PostgreSQL runs as the OS user postgres
    await prepareDataDir(path.join(root, 'source'), true);
    await prepareDataDir(path.join(root, 'target'), false);
    source = await startEmbeddedPostgres(path.join(root, 'source'));
    target = await startEmbeddedPostgres(path.join(root, 'target'));
    demo = await withClient(source.adminUrl(DATABASE_NAME), async (client) => (await client.query<{ id: string; name: string }>(`select id, name from organizations where name <> 'Grannkommunen'`)).rows[0]!);
    file = path.join(root, 'demo.jsonl.gz');
  }, 180_000);

  afterAll(async () => {
    await source?.stop();
    await target?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('exports the demo organisation by its name with every row of it and nothing of the other organisation', async () => {
    const exported = await exportOrganizationToFile(source.adminUrl(DATABASE_NAME), demo.name.toUpperCase(), file);
    expect(exported.id).toBe(demo.id);
    expect(exported.counts.organizations).toBe(1);
    expect(exported.counts.needs).toBeGreaterThanOrEqual(15);
    expect(exported.counts.sessions).toBeUndefined();
    const source_ = await fingerprintOf(source.adminUrl(DATABASE_NAME), demo.id);
    for (const table of Object.keys(exported.counts).filter((t) => t !== 'users')) expect(`${table}:${exported.counts[table]}`).toBe(`${table}:${source_[table]!.split(':')[0]}`);
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    expect(text).not.toContain('granne.example');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a damaged file and writes nothing', async () => {
    const before = await rowsPerTable(target.adminUrl(DATABASE_NAME));
    const whole = readFileSync(file);
    const cut = path.join(root, 'cut.jsonl.gz');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    await expect(importOrganization(target.adminUrl(DATABASE_NAME), cut)).rejects.toThrow(/skadad/);
    // A row of another organisation slipped into the file.
    const lines = gunzipSync(whole).toString('utf8').split('\n');
    const needLine = lines.findIndex((line) => line === JSON.stringify(['table', 'needs'])) + 1;
    lines[needLine] = lines[needLine]!.replace(demo.id, '00000000-0000-4000-8000-000000000001');
    const altered = path.join(root, 'altered.jsonl.gz');
    writeFileSync(altered, gzipSync(lines.join('\n')));
    await expect(importOrganization(target.adminUrl(DATABASE_NAME), altered)).rejects.toThrow(/skadad/);
    expect(await rowsPerTable(target.adminUrl(DATABASE_NAME))).toEqual(before);
  });

  it('refuses a backup of a whole installation', async () => {
    const whole = path.join(root, 'whole.jsonl.gz');
    await writeBackup(source.adminUrl(DATABASE_NAME), whole);
    await expect(importOrganization(target.adminUrl(DATABASE_NAME), whole)).rejects.toThrow(/hel installation/);
  });

  it('imports the organisation into a new installation with the same rows in every tenant table', async () => {
    const imported = await importOrganization(target.adminUrl(DATABASE_NAME), file);
    expect(imported.organization).toEqual(demo);
    expect(await fingerprintOf(target.adminUrl(DATABASE_NAME), demo.id)).toEqual(await fingerprintOf(source.adminUrl(DATABASE_NAME), demo.id));
    const admins = await withClient(target.adminUrl(DATABASE_NAME), async (c) => (await c.query('select 1 from users where installation_admin')).rowCount);
    expect(admins).toBe(0);
  });

  it('refuses to import an organisation that already exists and changes nothing', async () => {
    const before = await rowsPerTable(target.adminUrl(DATABASE_NAME));
    await expect(importOrganization(target.adminUrl(DATABASE_NAME), file)).rejects.toThrow(/finns redan/);
    expect(await rowsPerTable(target.adminUrl(DATABASE_NAME))).toEqual(before);
  });
});
