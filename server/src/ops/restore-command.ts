/**
 * npm run restore -- <file> – restores a backup into a new DATA_DIR (the database is created and
 * migrated first; a DATA_DIR that already holds data is refused). Then start Digiplan on it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '@server/config';
import { openDatabase } from '@server/platform/db/database';
import { runningClusterUrl } from '@server/platform/db/embedded-postgres';
import { restoreBackup } from '@server/platform/backup/restore-backup';
import { describeCounts, refuseExternalDatabase, withEmbeddedAdmin } from '@server/ops/embedded-admin';

async function main(): Promise<void> {
  const config = readConfig();
  refuseExternalDatabase(config, 'restore');
  const file = process.argv[2];
  if (!file || !existsSync(file)) throw new Error('Ange säkerhetskopian: npm run restore -- <fil>.');
  if (runningClusterUrl(config.dataDir, 'postgres')) throw new Error(`Digiplan körs med ${config.dataDir}. Stoppa den och återställ till en ny DATA_DIR.`);
  // Creates the cluster, database, app role and tables exactly as a first start does (no demo data).
  const database = await openDatabase({ databaseUrl: undefined, dataDir: config.dataDir, log: () => {} });
  await database.close();
  const counts = await withEmbeddedAdmin(config.dataDir, (adminUrl) => restoreBackup(adminUrl, path.resolve(file)));
  process.stdout.write(`Återställt från ${file} till ${config.dataDir} (${describeCounts(counts)}). Starta Digiplan med samma DATA_DIR.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Återställningen misslyckades: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
