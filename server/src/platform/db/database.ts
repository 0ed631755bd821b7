import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from '@server/platform/db/schema';
import { startEmbeddedPostgres } from '@server/platform/db/embedded-postgres';
import { statementName } from '@server/platform/db/statement-name';

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Database = { db: Db; pool: pg.Pool; close: () => Promise<void> };

export const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');
/** Arbitrary constant: the advisory lock that serialises migrations across app nodes. */
const MIGRATION_LOCK = 720_514_003;
export const APP_ROLE = 'digiplan_app';
export const DATABASE_NAME = 'digiplan';

// numeric → number, bigint count(*) → number: our values fit comfortably.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Applies the committed migrations under an advisory lock, so concurrent starts are safe. */
export async function runMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}

/**
 * Creates (or updates) the unprivileged login role the app uses, so row-level security applies to
 * it: not a superuser, no BYPASSRLS, and no UPDATE/DELETE on the audit log (only the narrow
 * redaction function of migration 0020 may replace a text in it).
 */
export async function ensureAppRole(adminUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [APP_ROLE]);
    const verb = exists.rowCount ? 'ALTER' : 'CREATE';
    await client.query(`${verb} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${password.replace(/'/g, "''")}'`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, security_events, installation_audit_events FROM ${APP_ROLE}`);
    await client.query(`REVOKE ALL ON TABLE __drizzle_migrations FROM ${APP_ROLE}`).catch(() => {});
    // The one way the app may change the audit log: redaction of a text (migration 0020, ADR 0005).
    await client.query(`GRANT EXECUTE ON FUNCTION redact_audit_text(uuid, text, text) TO ${APP_ROLE}`);
    // And erasing a deleted organisation's audit log with it (migration 0025, ADR 0006).
    await client.query(`GRANT EXECUTE ON FUNCTION erase_audit_of_deleted_organization(uuid) TO ${APP_ROLE}`);
    // And counting how often its own library entries were copied, over every organisation (migration 0035).
    await client.query(`GRANT EXECUTE ON FUNCTION library_reuse_counts() TO ${APP_ROLE}`);
  } finally {
    await client.end();
  }
}

function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

type QueryConfig = { text: string; name?: string };

/**
 * Makes every parameterised query a named prepared statement (name = hash of its SQL), so each
 * connection parses and plans a statement once and PostgreSQL can reuse its plan. The benchmark
 * showed planning the needs list cost as much as running it. Drizzle passes `{ text, types … }`
 * objects; the set of distinct texts is small (one per filter combination), so the per-connection
 * statement cache stays small too.
 */
function prepareStatementsAutomatically(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (config: unknown, values?: unknown, ...rest: unknown[]) => {
    if (typeof config === 'object' && config !== null && 'text' in config && !(config as QueryConfig).name && Array.isArray(values) && values.length > 0) {
      return query({ ...config, name: statementName((config as QueryConfig).text) }, values, ...rest);
    }
    return query(config, values, ...rest);
  };
}

/** A connection pool for `url`, wrapped by Drizzle. */
export function connect(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('connect', prepareStatementsAutomatically);
  // An idle connection that the server closes (a restart, or the embedded cluster stopping during
  // shutdown) is dropped from the pool by pg; without a listener the event would crash the process.
  // A real outage still surfaces in the requests that need the database and in /health/ready.
  pool.on('error', () => {});
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

/**
 * Opens the database the configuration asks for: an external server when `databaseUrl` is set,
 * otherwise an embedded PostgreSQL in `<dataDir>/postgres`. Migrations are applied either way.
 */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  log: (message: string) => void;
  /** Info-level news from the embedded database (it recovered after a crash). */
  notice?: (message: string) => void;
}): Promise<Database> {
  if (options.databaseUrl) {
    await runMigrations(options.databaseUrl);
    return connect(options.databaseUrl);
  }
  const embedded = await startEmbeddedPostgres(options.dataDir, options.log, options.notice);
  try {
    const admin = new pg.Client({ connectionString: embedded.adminUrl('postgres') });
    await admin.connect();
    const found = await admin.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (!found.rowCount) await admin.query(`CREATE DATABASE ${DATABASE_NAME}`);
    await admin.end();
    const adminUrl = embedded.adminUrl(DATABASE_NAME);
    await runMigrations(adminUrl);
    const appPassword = readOrCreateSecret(path.join(options.dataDir, 'pg-app-password'));
    await ensureAppRole(adminUrl, appPassword);
    const appUrl = `postgres://${APP_ROLE}:${encodeURIComponent(appPassword)}@127.0.0.1:${embedded.port}/${DATABASE_NAME}`;
    const database = connect(appUrl);
    return {
      ...database,
      close: async () => {
        await database.close();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
