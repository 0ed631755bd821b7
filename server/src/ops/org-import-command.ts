/**
 * npm run org:import -- --file <fil> – imports an organisation exported with npm run org:export
 * (or the page Organisation) into this installation as a new organisation, all or nothing. Works
 * on the embedded database (also while Digiplan runs; a new DATA_DIR is created and migrated
 * first) and with DATABASE_URL (a role that may turn off trigger checks, e.g. the database owner
 * as superuser).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '@server/config';
import { DATABASE_NAME, openDatabase } from '@server/platform/db/database';
import { runningClusterUrl } from '@server/platform/db/embedded-postgres';
import { importOrganization } from '@server/platform/backup/organization-import';
import { describeCounts } from '@server/ops/embedded-admin';
import { withAdminUrl } from '@server/ops/org-export-command';

const USAGE = 'Användning: npm run org:import -- --file digiplan-organisation.jsonl.gz';

/** The command's arguments, checked; a Swedish sentence naming what is wrong otherwise. */
export function parseOrgImportArgs(args: string[]): { file: string } {
  const { values } = parseArgs({ args, options: { file: { type: 'string' } }, strict: true });
  const file = values.file?.trim() ?? '';
  if (!file) throw new Error(`Ange filen med --file. ${USAGE}`);
  if (!existsSync(file)) throw new Error(`Filen ${file} finns inte. ${USAGE}`);
  return { file: path.resolve(file) };
}

async function main(): Promise<void> {
  const config = readConfig();
  const { file } = parseOrgImportArgs(process.argv.slice(2));
  if (!config.databaseUrl && !runningClusterUrl(config.dataDir, DATABASE_NAME)) {
    // Creates the cluster, database, app role and tables exactly as a first start does (no demo data).
    const database = await openDatabase({ databaseUrl: undefined, dataDir: config.dataDir, log: () => {} });
    await database.close();
  }
  const result = await withAdminUrl(config, (adminUrl) => importOrganization(adminUrl, file));
  process.stdout.write(
    `Organisationen "${result.organization.name}" är importerad (${describeCounts(result.counts)}). Dess medlemmar loggar in med sina tidigare lösenord; inga inloggningar följde med.\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`Importen misslyckades: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
