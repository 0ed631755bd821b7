// Prints the size of every built JS/CSS file (raw and gzip) and the JavaScript a browser must load
// on the first page view: the entry chunk plus everything it imports statically, found from the
// Vite manifest. Fails the build when that exceeds the budget, so heavy libraries (charts, editors)
// stay behind lazy routes.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT_DIR = 'dist/web';
const MANIFEST = path.join(OUT_DIR, '.vite/manifest.json');
const BUDGET_BYTES = 250 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Every chunk the entry pulls in before the page can run: the entry and its static imports. */
function initialChunks(manifest) {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key] of entries) visit(key);
  return [...seen].map((key) => manifest[key]).filter((chunk) => chunk?.file.endsWith('.js'));
}

if (!existsSync(MANIFEST)) {
  console.error(`No manifest at ${MANIFEST}: run vite build with build.manifest enabled.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const initial = new Set(initialChunks(manifest).map((chunk) => chunk.file));

const rows = listFiles(OUT_DIR)
  .filter((file) => /\.(js|css)$/.test(file))
  .map((file) => {
    const relative = path.relative(OUT_DIR, file);
    return { file: relative, raw: readFileSync(file).length, gzip: gzipSize(file), initial: initial.has(relative) };
  })
  .sort((a, b) => b.gzip - a.gzip);

const width = Math.max(...rows.map((row) => row.file.length), 4);
console.log(`\n${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  first load`);
for (const row of rows) {
  console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(10)}  ${kb(row.gzip).padStart(10)}  ${row.initial ? 'yes' : ''}`);
}

const initialJsGzip = rows.filter((row) => row.initial).reduce((sum, row) => sum + row.gzip, 0);
const allJsGzip = rows.filter((row) => row.file.endsWith('.js')).reduce((sum, row) => sum + row.gzip, 0);
console.log(`\nJavaScript on first page load: ${kb(initialJsGzip)} gzip (budget ${kb(BUDGET_BYTES)}); all JavaScript: ${kb(allJsGzip)} gzip.`);
if (initialJsGzip > BUDGET_BYTES) {
  console.error(`The first page load needs ${kb(initialJsGzip)} of JavaScript, over the ${kb(BUDGET_BYTES)} budget. Move heavy code behind a lazy route.`);
  process.exit(1);
}
