/**
 * npm run bench:import – importing a plan of BENCH_IMPORT_ROWS needs (default 2 000, the import's
 * row limit) from an .xlsx file (issue 13). A fresh embedded PostgreSQL with one bench organisation,
 * Digiplan started exactly as `npm start` starts it; the file is previewed and then saved over HTTP
 * as the browser does. Reports the time of each request and the server's peak resident memory.
 * Every tenth row is decided (an initiative registered as decided before Digiplan).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase } from '@server/platform/db/database';
import { startEmbeddedPostgres } from '@server/platform/db/embedded-postgres';
import { BENCH_PASSWORD, benchEmail, generateDataset } from './generate-dataset';
import { peakRssMb, rssMb } from './measure';
import { benchClient } from './plan-document';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 2000);
const FOCUS = ['Effektivitet', 'Trygghet och delaktighet', 'Hållbarhet'];
const UNITS = ['Hemtjänst', 'SÄBO', 'Korttid', 'LSS', 'IFO'];

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
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${output}`);
}

/** A plan file in the template's columns: long texts, several focus areas and units, costs as plans write them. */
async function planWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Behov och initiativ');
  sheet.addRow(['Titel', 'Problem (Varför)', 'Vad', 'Hur', 'Förväntad nytta', 'Fokusområden', 'Enheter', 'Förslagsställare', 'Status', 'Beslutsdatum', 'Beslutsforum', 'Form', 'Ägare', 'Startår', 'Uppskattad kostnad']);
  for (let i = 0; i < rows; i++) {
    const decided = i % 10 === 0;
    sheet.addRow([
      `Förändring ${i + 1}: digitalt stöd i verksamheten`,
      'Arbetet görs i dag på papper och i flera system, vilket tar tid från brukarna och ger risk för fel. '.repeat(3),
      'Ett digitalt arbetssätt med stöd i befintliga system.',
      'Pilot i en enhet, utvärdering och sedan breddinförande med utbildning.',
      'Sparad tid, färre fel och tryggare brukare.',
      i % 3 === 0 ? `${FOCUS[0]}; ${FOCUS[1]}` : FOCUS[i % 3],
      i % 4 === 0 ? 'Alla' : `${UNITS[i % 5]}; ${UNITS[(i + 1) % 5]}`,
      'Enhetschef',
      decided ? 'Beslutad som projekt' : (['Ny', 'Bedömd', 'Avslagen', 'Parkerad'] as const)[i % 4],
      decided ? new Date(Date.UTC(2024, i % 12, 1 + (i % 27))) : null,
      decided ? 'OLG' : null,
      decided ? 'Projekt' : null,
      decided ? 'Avdelningschef' : null,
      2024 + (i % 4),
      i % 2 === 0 ? `Ca ${10 + (i % 50)} 000-${60 + (i % 50)} 000 kr` : `${(i % 90) + 10} 000 kr/år`,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'digiplan-bench-import-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the OS user postgres
  let server: ChildProcess | undefined;
  try {
    const initial = await openDatabase({ databaseUrl: undefined, dataDir, log: () => {} });
    await initial.close();
    const cluster = await startEmbeddedPostgres(dataDir);
    await generateDataset(cluster.adminUrl('digiplan'), 1, 50);
    await cluster.stop();

    const port = await freePort();
    server = spawn(process.execPath, ['--max-semi-space-size=16', '--max-old-space-size=256', '--import', 'tsx', 'server/src/main.ts'] /* as `npm start` */, {
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const appUrl = `http://127.0.0.1:${port}`;
    await waitForReady(server, `${appUrl}/health/ready`);
    const request = await benchClient(appUrl, benchEmail(1), BENCH_PASSWORD);

    const file = await planWorkbook(ROWS);
    const body = { fileName: 'plan.xlsx', contentBase64: file.toString('base64') };
    const rssBeforeMb = rssMb(server.pid!);
    const peakBeforeMb = peakRssMb(server.pid!);
    let started = performance.now();
    const preview = await request<{ rowCount: number; errorCount: number }>('POST', '/needs/import/preview', body);
    const previewMs = Math.round(performance.now() - started);
    if (preview.status !== 200 || preview.data.errorCount !== 0) throw new Error(`preview: ${preview.status} ${JSON.stringify(preview.data).slice(0, 500)}`);
    started = performance.now();
    const saved = await request<{ created: number }>('POST', '/needs/import', body);
    const saveMs = Math.round(performance.now() - started);
    if (saved.status !== 201) throw new Error(`import: ${saved.status} ${JSON.stringify(saved.data).slice(0, 500)}`);
    const list = await request<{ items: unknown[] }>('GET', '/needs?limit=5');

    console.log(`Plan file: ${ROWS} rows, ${(file.length / 1024).toFixed(0)} kB .xlsx (${ROWS / 10} decided → initiatives decided before Digiplan)`);
    console.log(`  preview  ${previewMs} ms (${preview.data.rowCount} rows, ${preview.data.errorCount} errors)`);
    console.log(`  save     ${saveMs} ms (${saved.data.created} created; needs list answered ${list.status} after)`);
    console.log(`  preview + save ${previewMs + saveMs} ms`);
    console.log(`  server RSS ${rssBeforeMb} → ${rssMb(server.pid!)} MB; peak RSS (VmHWM) ${peakBeforeMb} MB before, ${peakRssMb(server.pid!)} MB after`);
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
  console.error(error);
  process.exit(1);
});
