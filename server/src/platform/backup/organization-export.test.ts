import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { DATABASE_NAME, openDatabase } from '@server/platform/db/database';
import { startEmbeddedPostgres } from '@server/platform/db/embedded-postgres';
import { seedDemoIfEmpty } from '@server/seed/seed-demo';
import { platformCreateOrganization } from '@server/modules/organizations/platform-create-organization';
import { writeBackup } from '@server/platform/backup/write-backup';
import { organizationFingerprint, rowsPerTable, withClient } from '@test/organization-fingerprint';
import { importOrganization } from '@server/platform/backup/organization-import';
import { exportOrganizationToFile } from '@server/ops/org-export-command';

type Cluster = Awaited<ReturnType<typeof startEmbeddedPostgres>>;

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
    const source_ = await organizationFingerprint(source.adminUrl(DATABASE_NAME), demo.id);
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
    expect(await organizationFingerprint(target.adminUrl(DATABASE_NAME), demo.id)).toEqual(await organizationFingerprint(source.adminUrl(DATABASE_NAME), demo.id));
    const admins = await withClient(target.adminUrl(DATABASE_NAME), async (c) => (await c.query('select 1 from users where installation_admin')).rowCount);
    expect(admins).toBe(0);
  });

  it('refuses to import an organisation that already exists and changes nothing', async () => {
    const before = await rowsPerTable(target.adminUrl(DATABASE_NAME));
    await expect(importOrganization(target.adminUrl(DATABASE_NAME), file)).rejects.toThrow(/finns redan/);
    expect(await rowsPerTable(target.adminUrl(DATABASE_NAME))).toEqual(before);
  });
});
