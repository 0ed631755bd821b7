import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { DATABASE_NAME } from '@server/platform/db/database';
import { runningClusterUrl, startEmbeddedPostgres } from '@server/platform/db/embedded-postgres';
import type { Config } from '@server/config';

/** Backup and restore work on the embedded database; an external one has its own tools. */
export function refuseExternalDatabase(config: Config, command: string): void {
  if (config.databaseUrl) {
    throw new Error(
      `npm run ${command} arbetar mot den inbyggda databasen i DATA_DIR. Med DATABASE_URL satt används den egna PostgreSQL-miljöns säkerhetskopiering (pg_dump/pg_restore eller plattformens återställning till tidpunkt).`,
    );
  }
}

/**
 * Runs `work` with a superuser URL of the embedded cluster in `dataDir`: the running cluster when
 * Digiplan is up, otherwise a cluster started for the command and stopped after it.
 */
export async function withEmbeddedAdmin<T>(dataDir: string, work: (adminUrl: string) => Promise<T>): Promise<T> {
  const running = runningClusterUrl(dataDir, DATABASE_NAME);
  if (running) return work(running);
  const cluster = await startEmbeddedPostgres(dataDir);
  try {
    return await work(cluster.adminUrl(DATABASE_NAME));
  } finally {
    await cluster.stop();
  }
}

/** "12 345 rader i 27 tabeller" for the operator. */
export function describeCounts(counts: Record<string, number>): string {
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return `${rows.toLocaleString('sv-SE')} rader i ${Object.keys(counts).length} tabeller`;
}

/**
 * Why a backup cannot be written to `file` (its folder is missing, is no folder, or may not be
 * written to), in Swedish for the operator; undefined when it can. Checked before the database is
 * started, so the command ends with one sentence instead of a stack trace.
 */
export function backupTargetProblem(file: string): string | undefined {
  const folder = path.dirname(path.resolve(file));
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    return `Mappen ${folder} finns inte. Skapa den först (mkdir -p ${folder}) eller ange en fil i en befintlig mapp.`;
  }
  if (!isFolder) return `${folder} är ingen mapp. Ange en fil i en befintlig mapp.`;
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `Mappen ${folder} får inte skrivas av den här användaren. Välj en annan mapp eller ändra behörigheten.`;
  }
  return undefined;
}
