/**
 * npm run bench – the national-scale benchmark (see docs/PERFORMANCE.md for results).
 * Generates ORGS × NEEDS needs (scored and decided) in a fresh embedded PostgreSQL, starts Digiplan
 * on it exactly as `npm start` does, starts a baseline server that replays the same SQL without the
 * app's layers, and loads both with autocannon, in BENCH_ROUNDS rounds (default 3, medians reported).
 * Tunables: BENCH_ORGS, BENCH_NEEDS, BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_PROFILE (folder for a
 * CPU profile of the app), BENCH_ONLY (list|detail|plan), BENCH_PLAN_ITEMS and BENCH_PLAN_RUNS (the plan
 * document: a plan of that many items in the measured organisation, its .docx generated that often).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '@server/platform/db/database';
import { startEmbeddedPostgres } from '@server/platform/db/embedded-postgres';
import { BENCH_PASSWORD, benchEmail, generateDataset } from './generate-dataset';
import { captureAppSql } from './capture-sql';
import { measure, medianOf, peakRssMb, rssMb, type Measurement } from './measure';
import { benchClient, measurePlanDocument, type PlanDocumentResult } from './plan-document';

const ORGS = Number(process.env.BENCH_ORGS ?? 300);
const NEEDS = Number(process.env.BENCH_NEEDS ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LIST_QUERY = { status: 'assessed', limit: '50' };

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

function waitForLine(child: ChildProcess, text: string, timeoutMs = 120_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for "${text}":\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

/** Polls the readiness endpoint (request logs are off at LOG_LEVEL=warn, so no log line to wait for). */
async function waitForReady(child: ChildProcess, url: string, timeoutMs = 120_000): Promise<void> {
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${output}`);
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'digiplan-bench-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the OS user postgres
  let server: ChildProcess | undefined;
  let baseline: ChildProcess | undefined;
  try {
    console.log(`Data set: ${ORGS} organisations × ${NEEDS} needs (${(ORGS * NEEDS).toLocaleString('sv-SE')} needs)`);
    const initial = await openDatabase({ databaseUrl: undefined, dataDir, log: () => {} });
    await initial.close();

    const started = Date.now();
    const cluster = await startEmbeddedPostgres(dataDir);
    const adminUrl = cluster.adminUrl('digiplan');
    await generateDataset(adminUrl, ORGS, NEEDS);
    const orgNumber = Math.ceil(ORGS / 2);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const { rows: [scope] } = await admin.query<{ organizationId: string; userId: string }>(
      `select m.organization_id as "organizationId", m.user_id as "userId" from memberships m join users u on u.id = m.user_id where u.email = $1`,
      [benchEmail(orgNumber)],
    );
    const { rows: needRows } = await admin.query<{ id: string }>('select id from needs where organization_id = $1 order by random() limit 200', [scope!.organizationId]);
    await admin.end();
    const captured = await captureAppSql(adminUrl, scope!, LIST_QUERY, needRows[0]!.id);
    await cluster.stop();
    console.log(`Generated and captured SQL in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const sqlFile = path.join(dataDir, 'captured-sql.json');
    writeFileSync(sqlFile, JSON.stringify(captured));

    const appPort = await freePort();
    // BENCH_PROFILE=dir writes a V8 CPU profile of the app to that folder when it stops (open it in Chrome DevTools).
    const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
    server = spawn(process.execPath, [...profile, '--max-semi-space-size=16', '--max-old-space-size=256', '--import', 'tsx', 'server/src/main.ts'] /* as `npm start` */, {
      env: { ...process.env, PORT: String(appPort), DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const appUrl = `http://127.0.0.1:${appPort}`;
    await waitForReady(server, `${appUrl}/health/ready`);

    const pgPort = readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]!.trim();
    const superPassword = readFileSync(path.join(dataDir, 'pg-superuser-password'), 'utf8').trim();
    const baselinePort = await freePort();
    baseline = spawn(process.execPath, ['--import', 'tsx', 'bench/baseline-server.ts'], {
      env: { ...process.env, BASELINE_PORT: String(baselinePort), BASELINE_SQL_FILE: sqlFile, BASELINE_PG_URL: `postgres://postgres:${encodeURIComponent(superPassword)}@127.0.0.1:${pgPort}/digiplan` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForLine(baseline, 'baseline ready');
    const baselineUrl = `http://127.0.0.1:${baselinePort}`;

    const login = await fetch(`${appUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: benchEmail(orgNumber), password: BENCH_PASSWORD }),
    });
    if (!login.ok) throw new Error(`login failed: ${login.status}`);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const listPath = `/api/v1/needs?${new URLSearchParams(LIST_QUERY)}`;
    // BENCH_ONLY=list|detail|plan measures one part (for profiling); the report needs all.
    const only = process.env.BENCH_ONLY;
    const check = await fetch(`${appUrl}${listPath}`, { headers: { cookie } });
    const page = (await check.json()) as { items: unknown[] };
    if (!check.ok || page.items.length === 0) throw new Error(`unexpected list answer ${check.status}`);

    // The plan document (issue 12), before the load rounds, so its memory is measured on its own.
    let planDocument: PlanDocumentResult | undefined;
    if (!only || only === 'plan') {
      planDocument = await measurePlanDocument(await benchClient(appUrl, benchEmail(orgNumber), BENCH_PASSWORD), server.pid!, needRows.map((r) => r.id));
      console.log(
        `Plan document: ${planDocument.items} items, .docx ${Math.round(planDocument.bytes / 1024)} kB, generated in ${planDocument.runsMs.join(', ')} ms (median ${planDocument.medianMs}, max ${planDocument.maxMs}; target ≤ 2 000 ms); server RSS ${planDocument.rssBeforeMb} → ${planDocument.rssAfterMb} MB, peak ${planDocument.peakBeforeMb} MB before the documents and ${planDocument.peakRssMb} MB after (target ≤ 300 MB)`,
      );
    }

    const detailPaths = needRows.map((r) => `/api/v1/needs/${r.id}`);
    const rounds: Measurement[] = [];
    const print = (result: Measurement) => {
      const cpu = result.cpuMsPerRequest;
      const split = cpu ? `  CPU/request: server ${cpu.server} ms, PostgreSQL ${cpu.postgres} ms, load generator ${cpu.loadGenerator} ms` : '';
      console.log(`  ${result.name.padEnd(22)} ${String(result.requestsPerSecond).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  non-2xx ${result.non2xx}${split}`);
    };
    const load = async (name: string, baseUrl: string, paths: string[], serverPid: number, headers: Record<string, string> | undefined, warmUp: boolean) => {
      if (warmUp) await measure({ name, baseUrl, paths, headers, connections: CONNECTIONS, seconds: 3 });
      const result = await measure({ name, baseUrl, paths, headers, connections: CONNECTIONS, seconds: SECONDS, serverPid });
      rounds.push(result);
      print(result);
    };
    console.log(`Load: ${CONNECTIONS} connections, ${SECONDS} s per endpoint, ${ROUNDS} rounds (app and baseline alternate)`);
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`Round ${round}`);
      if (only === 'plan') break;
      if (only !== 'detail') {
        await load('app: needs list', appUrl, [listPath], server.pid!, { cookie }, round === 1);
        await load('baseline: needs list', baselineUrl, ['/list'], baseline.pid!, undefined, round === 1);
      }
      if (only !== 'list') {
        await load('app: need detail', appUrl, detailPaths, server.pid!, { cookie }, round === 1);
        await load('baseline: need detail', baselineUrl, needRows.map((r) => `/detail/${r.id}`), baseline.pid!, undefined, round === 1);
      }
    }
    const names = [...new Set(rounds.map((r) => r.name))];
    const runs = names.map((name) => medianOf(rounds.filter((r) => r.name === name)));
    console.log(`Median of ${ROUNDS} rounds`);
    runs.forEach(print);

    const peak = peakRssMb(server.pid!);
    const byName = Object.fromEntries(runs.map((r) => [r.name, r]));
    const ratio = (a: string, b: string) => (byName[a] && byName[b] ? (byName[a].requestsPerSecond / byName[b].requestsPerSecond).toFixed(2) : 'NaN');
    const summary = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      dataset: { organizations: ORGS, needsPerOrganization: NEEDS },
      connections: CONNECTIONS,
      seconds: SECONDS,
      rounds: ROUNDS,
      runs,
      eachRound: rounds,
      throughputRatio: { list: Number(ratio('app: needs list', 'baseline: needs list')), detail: Number(ratio('app: need detail', 'baseline: need detail')) },
      planDocument,
      serverPeakRssMb: peak,
      serverRssAfterMb: rssMb(server.pid!),
    };
    console.log(`App/baseline throughput: list ${summary.throughputRatio.list}, detail ${summary.throughputRatio.detail} (target ≥ 0.5)`);
    console.log(`Server peak resident memory: ${peak} MB (target ≤ 300 MB); p99 target ≤ 50 ms`);
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await stop(baseline);
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
