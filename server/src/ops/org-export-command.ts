/**
 * npm run org:export -- --org <id eller namn> [--out fil] – exports one organisation whole (its
 * rows in every tenant table, its audit log and the accounts its rows refer to) in the backup
 * format, also while Digiplan runs. Import it into another installation with npm run org:import.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { readConfig, type Config } from '@server/config';
import { appliedMigrations } from '@server/platform/backup/backup-format';
import { writeOrganizationExport } from '@server/platform/backup/organization-export';
import { backupTargetProblem, describeCounts, withEmbeddedAdmin } from '@server/ops/embedded-admin';

const USAGE = 'Användning: npm run org:export -- --org <organisationens id eller namn> [--out fil.jsonl.gz]';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The command's arguments, checked; a Swedish sentence naming what is wrong otherwise. */
export function parseOrgExportArgs(args: string[]): { org: string; out: string | undefined } {
  const { values } = parseArgs({ args, options: { org: { type: 'string' }, out: { type: 'string' } }, strict: true });
  const org = values.org?.trim() ?? '';
  if (!org) throw new Error(`Ange organisationen med --org. ${USAGE}`);
  return { org, out: values.out?.trim() || undefined };
}

/** A superuser (or owner) connection: DATABASE_URL, or the embedded cluster in DATA_DIR. */
export function withAdminUrl<T>(config: Config, work: (adminUrl: string) => Promise<T>): Promise<T> {
  return config.databaseUrl ? work(config.databaseUrl) : withEmbeddedAdmin(config.dataDir, work);
}

/**
 * Writes the organisation named by `org` (its id, or its name ignoring case) to `file`; the file
 * appears only when complete. Every table is read in one REPEATABLE READ snapshot.
 */
export async function exportOrganizationToFile(adminUrl: string, org: string, file: string): Promise<{ id: string; name: string; counts: Record<string, number> }> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    await client.query('begin isolation level repeatable read read only');
    await client.query(`select set_config('app.platform', 'on', true)`);
    const { rows } = await client.query<{ id: string; name: string }>(
      UUID.test(org) ? 'select id, name from organizations where id = $1' : 'select id, name from organizations where lower(trim(name)) = lower(trim($1))',
      [org],
    );
    if (rows.length !== 1) throw new Error(rows.length === 0 ? `Det finns ingen organisation "${org}".` : `Flera organisationer heter "${org}"; ange id.`);
    const fileStream = createWriteStream(partial, { mode: 0o600 });
    await once(fileStream, 'open');
    const counts = await writeOrganizationExport(client, rows[0]!.id, await appliedMigrations(client), fileStream);
    await client.query('commit');
    await rename(partial, file);
    return { ...rows[0]!, counts };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const { org, out } = parseOrgExportArgs(process.argv.slice(2));
  const file = path.resolve(out ?? `digiplan-organisation-${new Date().toISOString().slice(0, 10)}.jsonl.gz`);
  const problem = backupTargetProblem(file);
  if (problem) throw new Error(problem);
  const result = await withAdminUrl(config, (adminUrl) => exportOrganizationToFile(adminUrl, org, file));
  process.stdout.write(`Organisationen "${result.name}" är exporterad till ${file} (${describeCounts(result.counts)}).\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`Exporten misslyckades: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
