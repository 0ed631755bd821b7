import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Generated documents opened in LibreOffice (Debian's libreoffice-writer-nogui and -calc-nogui,
 * poppler-utils for pdftotext): `npm run test:documents`, run by CI after it installs them.
 */
export default defineConfig({
  resolve: { alias: { '@domain': at('./domain'), '@server': at('./server/src'), '@web': at('./web/src'), '@test': at('./server/test') } },
  test: {
    include: ['server/**/*.libreoffice.test.ts'],
    globalSetup: ['./server/test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
