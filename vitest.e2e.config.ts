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
  },
});
