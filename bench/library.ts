/**
 * npm run bench:library – searching the shared library (issue 17 item 6, docs/PERFORMANCE.md).
 * Generates BENCH_ORGS organisations from generate-dataset (needs, decisions, initiatives), publishes
 * BENCH_LIBRARY_ENTRIES of their initiatives (default 5 000) as library entries with snapshots in the
 * shape the app stores (summary, problem, benefit, lessons, benefit plan, technologies), starts
 * Digiplan as `npm start` does, and loads GET /api/v1/library with autocannon at BENCH_CONNECTIONS
 * (default 20) as a member of one organisation: Swedish full-text searches, filter-only searches and
 * the unfiltered first page. Reports requests/s, p50 and p99 (median of BENCH_ROUNDS rounds).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '@server/platform/db/database';
import { startEmbeddedPostgres } from '@server/platform/db/embedded-postgres';
import { BENCH_PASSWORD, benchEmail, generateDataset } from './generate-dataset';
import { measure, medianOf, type Measurement } from './measure';

const ENTRIES = Number(process.env.BENCH_LIBRARY_ENTRIES ?? 5000);
const ORGS = Number(process.env.BENCH_ORGS ?? 60);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const TECHNOLOGIES = ['Läkemedelsrobot', 'Digital nattillsyn', 'Trygghetslarm', 'GPS-larm', 'Nyckelfria lås', 'Bildtelefoni', 'Taligenkänning', 'E-tjänst', 'Sensorer', 'Planeringsverktyg'];
const LESSONS = [
  ['Utbildning av personalen före start och en tydlig kontaktperson per grupp.', 'Uppkopplingen i flera hem var för svag.', 'Kartlägg wifi och mobiltäckning innan beviljandet.'],
  ['Samtal med anhöriga tidigt gav tryggare brukare.', 'Leverantören levererade sent.', 'Börja med en pilotgrupp på ett boende.'],
  ['Nattpatrullen fick mer tid för de brukare som behövde besök.', 'Larmkedjan testades för sent.', 'Testa larmkedjan före driftstart.'],
  ['Schemaläggningen blev enklare och resorna färre.', 'Dubbelregistrering i verksamhetssystemet.', 'Kräv integration i upphandlingen.'],
];

/** Searches a member makes: full text (common and rare words, a phrase), filters, and both. */
const FULL_TEXT = ['?q=läkemedelsrobot', '?q=nattillsyn', '?q=wifi%20pilot', '?q=larmkedjan', '?q=%22digital%20nattillsyn%22', '?q=trygghet&hasOutcome=true', '?q=hemtjänsten&stage=2'];
const FILTERS = ['?technology=GPS-larm', '?focusArea=Trygghet%20och%20delaktighet', '?hasOutcome=true', '?stage=3', '?technology=Bildtelefoni&hasOutcome=true', ''];

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

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

/** Publishes `count` initiatives of the data set as library entries, set-based as the superuser. */
async function publishEntries(adminUrl: string, count: number): Promise<number> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const result = await client.query(
      `insert into library_entries (organization_id, id, initiative_id, organization_name, title, snapshot, choices, technologies, focus_areas, stage, has_outcome, published_by, published_at)
       select i.organization_id, gen_random_uuid(), i.id, o.name, i.title,
              jsonb_build_object(
                'title', i.title, 'summary', 'Införande av ' || lower(t.tech) || ' i ' || (array['hemtjänsten','särskilt boende','LSS','korttidsboendet'])[1 + k % 4] || '. ' || n.problem,
                'problem', n.problem, 'expectedBenefit', n.expected_benefit, 'form', i.form, 'stageReached', 1 + k % 6, 'status', 'active',
                'focusAreas', jsonb_build_array(f.name), 'technologies', jsonb_build_array(t.tech), 'calculation', null,
                'benefits', case when k % 3 = 0 then jsonb_build_array(jsonb_build_object('description', 'Färre fysiska besök', 'indicator', 'Besök per månad', 'unit', 'count',
                  'baselineValue', '1200', 'targetValue', '800', 'direction', 'lower_is_better', 'measurements', jsonb_build_array(jsonb_build_object('measuredOn', '2026-03-31', 'value', '950')))) else '[]'::jsonb end,
                'lessons', jsonb_build_array(jsonb_build_object('worked', ($2::text[])[1 + k % 4], 'didNotWork', ($3::text[])[1 + k % 4], 'advice', ($4::text[])[1 + k % 4])),
                'documents', '[]'::jsonb, 'contact', null),
              '{"includeCalculation":false,"includeBenefits":true,"includeLessons":true,"documentIds":[],"technologies":[],"contact":null}'::jsonb,
              array[t.tech], array[f.name], 1 + k % 6, k % 3 = 0, m.user_id, now() - k * interval '3 hours'
       from (select i.*, row_number() over (order by i.id) as k from initiatives i) i
       join organizations o on o.id = i.organization_id
       join needs n on n.organization_id = i.organization_id and n.id = i.need_id
       join lateral (select fa.name from need_focus_areas nf join focus_areas fa on fa.organization_id = nf.organization_id and fa.id = nf.focus_area_id
                     where nf.organization_id = i.organization_id and nf.need_id = i.need_id limit 1) f on true
       join lateral (select user_id from memberships where organization_id = i.organization_id limit 1) m on true
       cross join lateral (select ($1::text[])[1 + (i.k % ${TECHNOLOGIES.length})::int] as tech) t
       where i.k <= $5`,
      [TECHNOLOGIES, LESSONS.map((l) => l[0]), LESSONS.map((l) => l[1]), LESSONS.map((l) => l[2]), count],
    );
    await client.query('vacuum (analyze) library_entries');
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'digiplan-bench-library-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the OS user postgres
  let server: ChildProcess | undefined;
  try {
    const initial = await openDatabase({ databaseUrl: undefined, dataDir, log: () => {} });
    await initial.close();
    const cluster = await startEmbeddedPostgres(dataDir);
    const adminUrl = cluster.adminUrl('digiplan');
    // About a fifth of the needs become initiatives: enough organisations × needs for the entries.
    await generateDataset(adminUrl, ORGS, Math.ceil((ENTRIES * 5.5) / ORGS));
    const published = await publishEntries(adminUrl, ENTRIES);
    await cluster.stop();
    console.log(`Library: ${published.toLocaleString('sv-SE')} published entries from ${ORGS} organisations`);

    const appPort = await freePort();
    server = spawn(process.execPath, ['--max-semi-space-size=16', '--max-old-space-size=256', '--import', 'tsx', 'server/src/main.ts'] /* as `npm start` */, {
      env: { ...process.env, PORT: String(appPort), DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const appUrl = `http://127.0.0.1:${appPort}`;
    await waitForReady(server, `${appUrl}/health/ready`);
    const login = await fetch(`${appUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: benchEmail(1), password: BENCH_PASSWORD }) });
    if (!login.ok) throw new Error(`login failed: ${login.status}`);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    for (const query of [...FULL_TEXT, ...FILTERS]) {
      const response = await fetch(`${appUrl}/api/v1/library${query}`, { headers: { cookie } });
      const body = (await response.json()) as { total: number };
      console.log(`  ${query || '(no filter)'}: ${response.status}, ${body.total} matches`);
    }

    // The same searches 20 at a time, once: any answer but 200 is printed with its problem.
    for (const query of [...FULL_TEXT, ...FILTERS]) {
      const answers = await Promise.all(Array.from({ length: CONNECTIONS }, () => fetch(`${appUrl}/api/v1/library${query}`, { headers: { cookie } }).then(async (r) => ({ status: r.status, body: await r.text() }))));
      for (const failed of answers.filter((a) => a.status !== 200).slice(0, 2)) console.log(`  ${query} under load: ${failed.status} ${failed.body.slice(0, 300)}`);
    }

    const results: Measurement[] = [];
    for (const [name, queries] of [
      ['library search, full text', FULL_TEXT],
      ['library search, filters only', FILTERS],
    ] as const) {
      // autocannon writes the path as it is: å, ä and ö must be percent-encoded (raw, they were refused).
      const paths = queries.map((q) => `/api/v1/library${q.replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c))}`);
      await measure({ name, baseUrl: appUrl, paths, headers: { cookie }, connections: CONNECTIONS, seconds: 3 });
      const rounds: Measurement[] = [];
      for (let round = 1; round <= ROUNDS; round++) rounds.push(await measure({ name, baseUrl: appUrl, paths, headers: { cookie }, connections: CONNECTIONS, seconds: SECONDS }));
      results.push(medianOf(rounds));
    }
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s × ${ROUNDS} rounds (medians):`);
    console.table(results.map((r) => ({ endpoint: r.name, 'req/s': r.requestsPerSecond, 'p50 ms': r.p50, 'p99 ms': r.p99, non2xx: r.non2xx, errors: r.errors })));
    const worst = Math.max(...results.map((r) => r.p99));
    console.log(worst <= 100 ? `p99 ≤ 100 ms: met (${worst} ms)` : `p99 ≤ 100 ms: NOT met (${worst} ms)`);
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
