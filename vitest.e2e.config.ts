import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Browser journeys: one real server (embedded PostgreSQL, built web app) for the whole run. */
export default defineConfig({
  resolve: { alias: { '@domain': at('./domain'), '@server': at('./server/src'), '@web': at('./web/src'), '@test': at('./server/test') } },
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A page updates after its requests settle; on a loaded two-core CI machine that can take longer
    // than expect.poll's default second, which made journeys fail at random.
    expect: { poll: { timeout: 10_000 } },
  },
});
