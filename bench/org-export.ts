/**
 * npm run bench:org-export – moving one organisation between installations (issue 14): the demo
 * organisation, and a bench organisation of BENCH_ORG_NEEDS needs (default 5 000) from
 * generate-dataset, are exported with npm run org:export's code into a file and imported into a
 * fresh installation with npm run org:import's code. Reports time, file size and rows.
 */
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { DATABASE_NAME, openDatabase } from '@server/platform/db/database';
import { startEmbeddedPostgres } from '@server/platform/db/embedded-postgres';
import { seedDemoIfEmpty } from '@server/seed/seed-demo';
import { importOrganization } from '@server/platform/backup/organization-import';
import { exportOrganizationToFile } from '@server/ops/org-export-command';
import { generateDataset } from './generate-dataset';

const NEEDS = Number(process.env.BENCH_ORG_NEEDS ?? 5000);
const rowsOf = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'digiplan-bench-org-'));
  chmodSync(root, 0o755);
  try {
    for (const dir of ['source', 'bench', 'target']) {
      const database = await openDatabase({ databaseUrl: undefined, dataDir: path.join(root, dir), log: () => {} });
      if (dir === 'source') await seedDemoIfEmpty(database.db, pino({ level: 'silent' }));
      await database.close();
    }
    const source = await startEmbeddedPostgres(path.join(root, 'source'));
    const bench = await startEmbeddedPostgres(path.join(root, 'bench'));
    const target = await startEmbeddedPostgres(path.join(root, 'target'));
    try {
      await generateDataset(bench.adminUrl(DATABASE_NAME), 1, NEEDS);
      const organizations: { id: string; name: string; sourceUrl: string }[] = [];
      for (const sourceUrl of [source.adminUrl(DATABASE_NAME), bench.adminUrl(DATABASE_NAME)]) {
        const client = new pg.Client({ connectionString: sourceUrl });
        await client.connect();
        for (const row of (await client.query<{ id: string; name: string }>('select id, name from organizations')).rows) organizations.push({ ...row, sourceUrl });
        await client.end();
      }
      for (const organization of organizations) {
        const sourceUrl = organization.sourceUrl;
        const file = path.join(root, `${organization.id}.jsonl.gz`);
        let started = performance.now();
        const exported = await exportOrganizationToFile(sourceUrl, organization.id, file);
        const exportMs = performance.now() - started;
        started = performance.now();
        const imported = await importOrganization(target.adminUrl(DATABASE_NAME), file);
        const importMs = performance.now() - started;
        process.stdout.write(
          `${organization.name}: ${exported.counts.needs ?? 0} needs, ${rowsOf(exported.counts)} rows; file ${(statSync(file).size / 1024).toFixed(0)} KiB; ` +
            `export ${exportMs.toFixed(0)} ms, import ${importMs.toFixed(0)} ms (${rowsOf(imported.counts)} rows written)\n`,
        );
      }
    } finally {
      await source.stop();
      await bench.stop();
      await target.stop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
