import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: { '@domain': at('./domain'), '@server': at('./server/src'), '@web': at('./web/src'), '@test': at('./server/test') },
  },
  test: {
    include: ['domain/**/*.test.ts', 'server/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    // Checks that open generated files in LibreOffice run with `npm run test:documents`.
    exclude: ['**/node_modules/**', '**/*.libreoffice.test.ts'],
    globalSetup: ['./server/test/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
