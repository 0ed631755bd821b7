import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { assertSafeZip, ZIP_LIMITS } from '@server/platform/spreadsheet/zip-guard';

const zipOf = async (files: Record<string, Buffer | string>) => {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

describe('the zip guard for uploaded spreadsheets', () => {
  it('lets an ordinary small workbook-like zip through', async () => {
    expect(() => assertSafeZip(Buffer.alloc(0))).toThrow();
    const ok = await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(() => assertSafeZip(ok)).not.toThrow();
  });

  it('refuses more entries than a workbook ever has', async () => {
    const many = Object.fromEntries(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => [`f${i}.xml`, 'x']));
    await expect(zipOf(many).then(assertSafeZip)).rejects.toMatchObject({ reason: 'too_many_entries' });
  });

  it('refuses an entry that inflates past the limit even when its header claims to be small', async () => {
    const bomb = await zipOf({ 'xl/worksheets/sheet1.xml': Buffer.alloc(ZIP_LIMITS.maxEntryBytes + 1024, 0x41) });
    expect(() => assertSafeZip(bomb)).toThrow(expect.objectContaining({ reason: 'too_large' }));
    const liar = Buffer.from(bomb);
    const central = liar.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    liar.writeUInt32LE(100, central + 24);
    liar.writeUInt32LE(100, 22);
    expect(() => assertSafeZip(liar)).toThrow(expect.objectContaining({ reason: 'too_large' }));
  });

  it('refuses bytes that only start like a zip', () => {
    const fake = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);
    expect(() => assertSafeZip(fake)).toThrow(expect.objectContaining({ reason: 'not_zip' }));
  });
});
