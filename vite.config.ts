import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Where `npm run dev` (the API server) listens; `npm run dev:web` proxies API calls to it. */
const apiServer = 'http://localhost:3000';

/**
 * The web app: sources in `web/`, built to `dist/web`, which the Fastify server serves. Everything
 * is bundled (the server's CSP allows scripts and styles only from our own origin). The manifest
 * lets `scripts/report-bundle-size.mjs` measure what the first page load costs.
 */
export default defineConfig({
  root: at('./web'),
  plugins: [react()],
  resolve: {
    alias: { '@domain': at('./domain'), '@web': at('./web/src') },
  },
  build: {
    outDir: at('./dist/web'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package declares no `sideEffects`, so by default every component
        // behind its barrel file (comboboxes, virtual lists, icon sets) would ship on first load.
        // Its modules are pure; the behaviour they need comes from @digdir/designsystemet-web,
        // which they import explicitly and which keeps its side effects.
        moduleSideEffects: [{ test: /[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }],
      },
      output: {
        // Named chunks for libraries that change rarely, so browsers keep them cached across our
        // releases. Designsystemet is left to automatic splitting: its components that only some
        // pages use then stay out of the first load.
        codeSplitting: {
          groups: [
            { name: 'framework', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](react-query|query-core)|i18next|react-i18next)[\\/]/ },
            { name: 'forms', test: /[\\/]node_modules[\\/](zod|react-hook-form|@hookform)[\\/]/ },
            { name: 'charts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': apiServer, '/health': apiServer },
  },
});
