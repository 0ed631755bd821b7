import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { DATABASE_NAME, openDatabase } from '@server/platform/db/database';
import { startEmbeddedPostgres } from '@server/platform/db/embedded-postgres';
import { writeBackup } from '@server/platform/backup/write-backup';
import { restoreBackup } from '@server/platform/backup/restore-backup';
import { backedUpTables } from '@server/platform/backup/backup-format';
import { seedDemoIfEmpty } from '@server/seed/seed-demo';

/** Rows and a checksum of every backed-up table, as PostgreSQL writes them. */
async function fingerprint(adminUrl: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    for (const table of await backedUpTables(client)) {
      const { rows } = await client.query<{ n: number; sum: string }>(
        `select count(*)::int as n, md5(coalesce(string_agg(to_jsonb(t)::text, '|' order by to_jsonb(t)::text), '')) as sum from "${table}" t`,
      );
      result[table] = `${rows[0]!.n}:${rows[0]!.sum}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

async function prepareDataDir(dataDir: string, seed: boolean): Promise<void> {
  const database = await openDatabase({ databaseUrl: undefined, dataDir, log: () => {} });
  if (seed) await seedDemoIfEmpty(database.db, pino({ level: 'silent' }));
  await database.close();
}

describe('backing up and restoring the embedded database', () => {
  let root: string;
  let source: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
  let target: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
  let file: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'digiplan-backup-'));
    chmodSync(root, 0o755); // the embedded PostgreSQL runs as the OS user postgres
    await prepareDataDir(path.join(root, 'source'), true);
    await prepareDataDir(path.join(root, 'target'), false);
    source = await startEmbeddedPostgres(path.join(root, 'source'));
    target = await startEmbeddedPostgres(path.join(root, 'target'));
    // An attachment, so binary content is part of the round trip.
    const client = new pg.Client({ connectionString: source.adminUrl(DATABASE_NAME) });
    await client.connect();
    await client.query(`
      insert into initiative_attachments (organization_id, id, initiative_id, file_name, type, media_type, size_bytes, content, uploaded_by_id, uploaded_by_name)
      select i.organization_id, gen_random_uuid(), i.id, 'mätdata.bin', 'other', 'application/octet-stream', 4, '\\x00ff10e5'::bytea, u.id, 'Testa Testsson'
      from initiatives i cross join (select id from users limit 1) u limit 1`);
    await client.end();
    file = path.join(root, 'backup.jsonl.gz');
  }, 120_000);

  afterAll(async () => {
    await source?.stop();
    await target?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('restores every row of the demo organisation exactly into a new installation', async () => {
    const written = await writeBackup(source.adminUrl(DATABASE_NAME), file);
    expect(written.needs).toBeGreaterThanOrEqual(15);
    expect(written.initiative_attachments).toBeGreaterThanOrEqual(1);
    expect(written.sessions).toBeUndefined();
    const restored = await restoreBackup(target.adminUrl(DATABASE_NAME), file);
    expect(restored).toEqual(written);
    expect(await fingerprint(target.adminUrl(DATABASE_NAME))).toEqual(await fingerprint(source.adminUrl(DATABASE_NAME)));
  });

  it('refuses to restore over data and leaves the database as it was', async () => {
    const before = await fingerprint(target.adminUrl(DATABASE_NAME));
    await expect(restoreBackup(target.adminUrl(DATABASE_NAME), file)).rejects.toThrow(/Databasen är inte tom/);
    expect(await fingerprint(target.adminUrl(DATABASE_NAME))).toEqual(before);
  });

  it('refuses a file that is not a Digiplan backup', async () => {
    const other = path.join(root, 'other.gz');
    writeFileSync(other, gzipSync('namn;antal\nLarm;3\n'));
    await expect(restoreBackup(target.adminUrl(DATABASE_NAME), other)).rejects.toThrow('Filen är ingen säkerhetskopia från Digiplan.');
  });
});
