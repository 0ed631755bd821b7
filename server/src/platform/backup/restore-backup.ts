import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { appliedMigrations, BACKUP_FORMAT, BACKUP_VERSION, backedUpTables, type BackupHeader } from '@server/platform/backup/backup-format';

const ROWS_PER_INSERT = 500;

/** Why a restore was refused, in words an operator can act on (Swedish, like the rest of the command's output). */
export class RestoreRefused extends Error {}

export function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> = {};
  try {
    header = JSON.parse(line ?? '') as Partial<BackupHeader>;
  } catch {
    // reported below
  }
  if (header.format !== BACKUP_FORMAT || !Array.isArray(header.migrations)) throw new RestoreRefused('Filen är ingen säkerhetskopia från Digiplan.');
  if (header.version !== BACKUP_VERSION) throw new RestoreRefused(`Säkerhetskopian har formatversion ${header.version}; den här versionen av Digiplan läser version ${BACKUP_VERSION}.`);
  return header as BackupHeader;
}

/**
 * Restores a backup made by `writeBackup` into the database at `adminUrl` (a superuser connection),
 * which must be migrated to exactly the backup's migrations and hold no data. All or nothing: one
 * transaction, with triggers and foreign-key checks off while rows go in (the backup was a
 * consistent snapshot). Returns the rows per table.
 */
export async function restoreBackup(adminUrl: string, file: string): Promise<Record<string, number>> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    const header = parseHeader((await lines.next()).value as string | undefined);
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    if (JSON.stringify(await appliedMigrations(client)) !== JSON.stringify(header.migrations)) {
      throw new RestoreRefused('Säkerhetskopian gjordes med en annan version av Digiplan (databasens migreringar skiljer sig). Återställ med den versionen och uppgradera sedan.');
    }
    const tables = await backedUpTables(client);
    for (const table of tables) {
      const { rows } = await client.query(`select exists (select 1 from ${pg.escapeIdentifier(table)}) as used`);
      if (rows[0]?.used) throw new RestoreRefused(`Databasen är inte tom (tabellen ${table} har rader). Återställ till en ny, tom DATA_DIR.`);
    }
    let table: string | undefined;
    let columns = '';
    let batch: string[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await client.query(
        `insert into ${pg.escapeIdentifier(table)} (${columns}) select ${columns} from json_populate_recordset(null::${pg.escapeIdentifier(table)}, $1::json)`,
        [`[${batch.join(',')}]`],
      );
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value as string;
      if (line.startsWith('[')) {
        await flush();
        const [, name] = JSON.parse(line) as [string, string];
        if (!tables.includes(name)) throw new RestoreRefused(`Säkerhetskopian har en tabell som databasen saknar: ${name}.`);
        table = name;
        counts[table] = 0;
        // Generated columns (the search vectors) are computed again, never inserted.
        const { rows } = await client.query<{ name: string }>(
          `select column_name as name from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position`,
          [table],
        );
        columns = rows.map((r) => pg.escapeIdentifier(r.name)).join(', ');
      } else if (line.startsWith('{') && table) {
        batch.push(line);
        if (batch.length >= ROWS_PER_INSERT) await flush();
      } else if (line.trim() !== '') {
        throw new RestoreRefused('Säkerhetskopian är skadad (en oväntad rad).');
      }
    }
    await flush();
    await client.query('commit');
    return counts;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
