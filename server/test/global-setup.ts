import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { closedFolderMessage, folderClosedToPostgres, postgresProgramsDir, startEmbeddedPostgres, type EmbeddedDatabase } from '@server/platform/db/embedded-postgres';
import { APP_ROLE, ensureAppRole, runMigrations } from '@server/platform/db/database';

export const TEMPLATE_DATABASE = 'digiplan_template';
const APP_PASSWORD = 'test-only-app-role-password';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL without a database name; append one. */
    pgAdminBase: string;
    /** App-role URL without a database name. */
    pgAppBase: string;
  }
}

let embedded: EmbeddedDatabase | undefined;

// embedded-postgres installs an exit hook (async-exit-hook) that ends the process with
// process.exit(0) on 'beforeExit' — which would overwrite the exit code 1 Vitest sets when a test
// fails, so a red run would look green. Keep Vitest's code: remember it before that hook runs and
// put it back on exit.
let exitCodeBeforeHooks: typeof process.exitCode;
process.prependListener('beforeExit', () => {
  exitCodeBeforeHooks = process.exitCode;
});
process.on('exit', () => {
  if (exitCodeBeforeHooks) process.exitCode = exitCodeBeforeHooks;
});

/**
 * One PostgreSQL for the whole test run (embedded, or TEST_DATABASE_URL's server), with a migrated
 * template database that every test file clones into a database of its own.
 */
export async function setup(project: TestProject): Promise<void> {
  let adminBase: string;
  let host: string;
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = '/';
    adminBase = url.toString();
    host = url.host;
  } else {
    // As root, PostgreSQL runs as the OS user postgres and must reach the programs in this clone;
    // say so instead of initdb's "spawn … EACCES", like npm start does.
    const closed = folderClosedToPostgres(postgresProgramsDir());
    if (closed) throw new Error(closedFolderMessage(closed, 'Clone the project into a folder others can enter, set TEST_DATABASE_URL to a PostgreSQL server'));
    const dir = path.join(os.tmpdir(), `digiplan-vitest-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    embedded = await startEmbeddedPostgres(dir);
    adminBase = embedded.adminUrl('');
    host = `127.0.0.1:${embedded.port}`;
  }
  const admin = new pg.Client({ connectionString: adminBase + 'postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  await runMigrations(adminBase + TEMPLATE_DATABASE);
  await ensureAppRole(adminBase + TEMPLATE_DATABASE, APP_PASSWORD);
  project.provide('pgAdminBase', adminBase);
  project.provide('pgAppBase', `postgres://${APP_ROLE}:${APP_PASSWORD}@${host}/`);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (embedded) rmSync(path.join(os.tmpdir(), `digiplan-vitest-${process.pid}`), { recursive: true, force: true });
}
