import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { appliedMigrations, BACKUP_FORMAT, BACKUP_VERSION, backedUpTables, tableLine, type BackupHeader } from '@server/platform/backup/backup-format';

const ROWS_PER_READ = 1_000;

/**
 * Writes a consistent backup of the database at `adminUrl` (a superuser connection) to `file`,
 * while Digiplan keeps running: every table is read in one REPEATABLE READ snapshot. The file
 * appears only when complete (written beside it, then renamed). Returns the rows per table.
 */
export async function writeBackup(adminUrl: string, file: string): Promise<Record<string, number>> {
  const partial = `${file}.partial`;
  // Open the file before anything else: a missing folder or no permission must reject here, not
  // surface later as an unhandled stream error that kills the process with a stack trace.
  const fileStream = createWriteStream(partial, { mode: 0o600 });
  await once(fileStream, 'open');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect().catch(async (error: unknown) => {
    fileStream.destroy();
    await rm(partial, { force: true });
    throw error;
  });
  const gzip = createGzip();
  const output = gzip.pipe(fileStream);
  const write = async (line: string) => {
    if (!gzip.write(line + '\n')) await once(gzip, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    await client.query('begin isolation level repeatable read read only');
    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations: await appliedMigrations(client) };
    await write(JSON.stringify(header));
    for (const table of await backedUpTables(client)) {
      await write(tableLine(table));
      counts[table] = 0;
      const cursor = client.query(new Cursor<{ row: string }>(`select to_jsonb(t)::text as row from ${pg.escapeIdentifier(table)} t`));
      for (let rows = await cursor.read(ROWS_PER_READ); rows.length > 0; rows = await cursor.read(ROWS_PER_READ)) {
        for (const { row } of rows) await write(row);
        counts[table] += rows.length;
      }
      await cursor.close();
    }
    await client.query('commit');
    gzip.end();
    await once(output, 'finish');
    await rename(partial, file);
    return counts;
  } catch (error) {
    gzip.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
