/**
 * npm run backup [-- <file>] – a consistent backup of the embedded database, also while Digiplan
 * runs. Without a file name it writes digiplan-backup-<date>-<time>.jsonl.gz in the current folder.
 */
import path from 'node:path';
import { readConfig } from '@server/config';
import { writeBackup } from '@server/platform/backup/write-backup';
import { backupTargetProblem, describeCounts, refuseExternalDatabase, withEmbeddedAdmin } from '@server/ops/embedded-admin';

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

async function main(): Promise<void> {
  const config = readConfig();
  refuseExternalDatabase(config, 'backup');
  const file = path.resolve(process.argv[2] ?? `digiplan-backup-${stamp()}.jsonl.gz`);
  const problem = backupTargetProblem(file);
  if (problem) throw new Error(problem);
  const counts = await withEmbeddedAdmin(config.dataDir, (adminUrl) => writeBackup(adminUrl, file));
  process.stdout.write(`Säkerhetskopia sparad: ${file} (${describeCounts(counts)}).\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Säkerhetskopieringen misslyckades: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
