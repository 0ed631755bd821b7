import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts a generated file with headless LibreOffice (Debian's `soffice`) the way a user's office
 * suite would open it, and returns the converted file. Each call has a profile of its own
 * (`-env:UserInstallation`), so conversions never share or lock one. `inFilter` sets the import
 * filter and its options, e.g. `CSV:59/44/9,34,76,1` for a CSV split on semicolon, comma and tab.
 */
export async function convertWithLibreOffice(content: Buffer, inputExtension: string, target: 'pdf' | 'xlsx' | 'docx' | 'csv', inFilter?: string): Promise<Buffer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digiplan-lo-'));
  try {
    const input = path.join(dir, `document.${inputExtension}`);
    writeFileSync(input, content);
    await run('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', ...(inFilter ? [`--infilter=${inFilter}`] : []), '--convert-to', target, '--outdir', path.join(dir, 'out'), input], { timeout: 120_000 });
    return readFileSync(path.join(dir, 'out', `document.${target}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as `pdftotext` gives it, in reading order (Debian's poppler-utils). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digiplan-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 50 * 1024 * 1024 });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The font names a PDF uses, as `pdffonts` lists them (subset prefixes such as `BAAAAA+` removed). */
export async function pdfFonts(pdf: Buffer): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digiplan-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await run('pdffonts', [file]);
    return stdout
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
      .filter((name) => name !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
