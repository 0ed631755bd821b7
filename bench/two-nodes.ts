/**
 * npm run bench:two-nodes – two Digiplan nodes on one PostgreSQL, as docs/SCALING.md describes.
 * Measures, on a fresh database: that both nodes starting at the same moment migrate it once (the
 * advisory lock), that a session made on one node works on the other and a logout on one ends it on
 * the other (within the principal cache's few seconds), that failed logins are counted across nodes,
 * and the needs-list throughput of one node against two. The database is reached as an ordinary
 * owner role (no superuser), exactly as the going-live steps in docs/OPERATIONS.md say.
 * Tunables: BENCH_ORGS, BENCH_NEEDS, BENCH_SECONDS, BENCH_CONNECTIONS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@server/platform/db/embedded-postgres';
import { BENCH_PASSWORD, benchEmail, generateDataset } from './generate-dataset';
import { measure, peakRssMb, type Measurement } from './measure';

const ORGS = Number(process.env.BENCH_ORGS ?? 20);
const NEEDS = Number(process.env.BENCH_NEEDS ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const OWNER_PASSWORD = 'bench-owner-inte-hemligt';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

async function waitForReady(child: ChildProcess, url: string, timeoutMs = 180_000): Promise<void> {
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`node exited with ${child.exitCode}:\n${output}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`node not ready after ${timeoutMs} ms:\n${output}`);
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** One app node started as `npm start` starts it, on an external database. */
function startNode(port: number, databaseUrl: string, dataDir: string): ChildProcess {
  return spawn(process.execPath, ['--max-semi-space-size=16', '--max-old-space-size=256', '--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function logIn(baseUrl: string, email: string, password: string): Promise<{ status: number; cookie: string; csrfToken: string }> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { csrfToken?: string };
  return { status: response.status, cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), csrfToken: body.csrfToken ?? '' };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'digiplan-two-nodes-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the OS user postgres
  const cluster = await startEmbeddedPostgres(path.join(dataDir, 'cluster'));
  let a: ChildProcess | undefined;
  let b: ChildProcess | undefined;
  try {
    // The external database as the going-live steps create it: an owner role that is no superuser.
    const superuser = new pg.Client({ connectionString: cluster.adminUrl('postgres') });
    await superuser.connect();
    await superuser.query(`CREATE ROLE digiplan LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${OWNER_PASSWORD}'`);
    await superuser.query('CREATE DATABASE digiplan OWNER digiplan');
    // Two functions run with app.platform set for their own duration (migrations 0001, 0013); a role
    // that is no superuser may declare that only when granted (PostgreSQL 15 and later).
    await superuser.query('GRANT SET ON PARAMETER app.platform TO digiplan');
    await superuser.end();
    const databaseUrl = `postgres://digiplan:${OWNER_PASSWORD}@127.0.0.1:${cluster.port}/digiplan`;

    // Both nodes start at the same moment on the empty database: one migrates, the other waits.
    const [portA, portB] = [await freePort(), await freePort()];
    const urlA = `http://127.0.0.1:${portA}`;
    const urlB = `http://127.0.0.1:${portB}`;
    const startedAt = Date.now();
    a = startNode(portA, databaseUrl, path.join(dataDir, 'a'));
    b = startNode(portB, databaseUrl, path.join(dataDir, 'b'));
    await Promise.all([waitForReady(a, `${urlA}/health/ready`), waitForReady(b, `${urlB}/health/ready`)]);
    const bothReadyMs = Date.now() - startedAt;
    const admin = new pg.Client({ connectionString: cluster.adminUrl('digiplan') });
    await admin.connect();
    const migrationFiles = readdirSync('server/src/migrations').filter((f) => f.endsWith('.sql')).length;
    const { rows: [applied] } = await admin.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
    await admin.end();
    console.log(`Both nodes ready ${bothReadyMs} ms after a simultaneous start; migrations applied ${applied!.n} of ${migrationFiles} files (each once)`);

    await generateDataset(cluster.adminUrl('digiplan'), ORGS, NEEDS);
    const email = benchEmail(1);

    // A session made on node A is used on node B; a logout on B ends it on A.
    const session = await logIn(urlA, email, BENCH_PASSWORD);
    const onB = await fetch(`${urlB}/api/v1/needs?limit=5`, { headers: { cookie: session.cookie } });
    await fetch(`${urlA}/api/v1/needs?limit=5`, { headers: { cookie: session.cookie } }); // A remembers it
    const loggedOutAt = Date.now();
    const logout = await fetch(`${urlB}/api/v1/auth/logout`, { method: 'POST', headers: { cookie: session.cookie, origin: urlB, 'x-csrf-token': session.csrfToken } });
    if (!logout.ok) throw new Error(`logout on node B answered ${logout.status}`);
    let endedOnA = -1;
    while (Date.now() - loggedOutAt < 30_000) {
      const status = (await fetch(`${urlA}/api/v1/needs?limit=5`, { headers: { cookie: session.cookie } })).status;
      if (status === 401) {
        endedOnA = Date.now() - loggedOutAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log(`Session from node A answered ${onB.status} on node B; after a logout on B, node A refused it after ${endedOnA} ms`);

    // Failed logins count across nodes: five wrong passwords on each, then the right one is refused.
    const victim = benchEmail(2);
    const failures: number[] = [];
    for (let i = 0; i < 10; i++) failures.push((await logIn(i % 2 ? urlB : urlA, victim, 'fel-losenord-' + i)).status);
    const afterTen = await logIn(urlA, victim, BENCH_PASSWORD);
    console.log(`Ten failed logins split over both nodes answered ${[...new Set(failures)].join('/')}; the eleventh (right password, node A) answered ${afterTen.status}`);

    // Throughput: the needs list on one node, then on both at once (connections split between them).
    const cookie = (await logIn(urlA, benchEmail(3), BENCH_PASSWORD)).cookie;
    const listPath = '/api/v1/needs?status=assessed&limit=50';
    await measure({ name: 'warm-up', baseUrl: urlA, paths: [listPath], headers: { cookie }, connections: CONNECTIONS, seconds: 3 });
    await measure({ name: 'warm-up', baseUrl: urlB, paths: [listPath], headers: { cookie }, connections: CONNECTIONS, seconds: 3 });
    const one = await measure({ name: 'one node', baseUrl: urlA, paths: [listPath], headers: { cookie }, connections: CONNECTIONS, seconds: SECONDS });
    const [halfA, halfB] = await Promise.all([
      measure({ name: 'node A of two', baseUrl: urlA, paths: [listPath], headers: { cookie }, connections: CONNECTIONS / 2, seconds: SECONDS }),
      measure({ name: 'node B of two', baseUrl: urlB, paths: [listPath], headers: { cookie }, connections: CONNECTIONS / 2, seconds: SECONDS }),
    ]);
    const line = (m: Measurement) => `  ${m.name.padEnd(16)} ${String(m.requestsPerSecond).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  non-2xx ${m.non2xx}`;
    console.log(`Needs list, ${CONNECTIONS} connections, ${SECONDS} s, ${ORGS} × ${NEEDS} needs, ${os.cpus().length} CPU cores shared by both nodes, PostgreSQL and the load generator:`);
    [one, halfA!, halfB!].forEach((m) => console.log(line(m)));
    console.log(`  two nodes together ${halfA!.requestsPerSecond + halfB!.requestsPerSecond} req/s; peak RSS node A ${peakRssMb(a.pid!)} MB, node B ${peakRssMb(b.pid!)} MB`);
  } finally {
    await stop(a);
    await stop(b);
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
