import { describe, expect, it } from 'vitest';
import { readCsv } from '@server/platform/spreadsheet/read-csv';
import { decodeSpreadsheetText, decodeWindows1252 } from '@server/platform/spreadsheet/text-encoding';
import { checkUpload } from '@server/platform/spreadsheet/upload';

/** "Kostnad – 15 000 €; Hållbarhet" as Swedish Excel saves it in Windows-1252. */
const CP1252 = Buffer.from([
  ...Buffer.from('Titel;Kostnad\r\nH', 'latin1'), 0xe5, ...Buffer.from('llbarhet;', 'latin1'), 0x96, ...Buffer.from(' 15 000 ', 'latin1'), 0x80, 0x0d, 0x0a,
]);

describe('reading a CSV file the way Excel and LibreOffice save it on Swedish Windows', () => {
  it('reads å, the dash and the euro sign of a Windows-1252 file, which Node 20 would turn into control characters', () => {
    expect(decodeSpreadsheetText(CP1252)).toEqual({ text: 'Titel;Kostnad\r\nHållbarhet;– 15 000 €\r\n', encoding: 'windows-1252' });
    expect(readCsv(CP1252).rows[0]!.cells).toEqual(['Hållbarhet', '– 15 000 €']);
    expect(checkUpload(CP1252.toString('base64')).kind).toBe('csv');
  });

  it('reads UTF-8 with or without a byte order mark as the same text', () => {
    const text = 'Titel;Fokusområden\r\nLäkemedelsrobotar;Hållbarhet\r\n';
    expect(decodeSpreadsheetText(Buffer.from(`\uFEFF${text}`, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeSpreadsheetText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
  });

  it('refuses bytes Windows-1252 does not define and binary control characters as not text', () => {
    expect(decodeWindows1252(Buffer.from([0x41, 0x81]))).toBeNull();
    expect(decodeSpreadsheetText(Buffer.from([0x41, 0x9d, 0x42]))).toBeNull();
    expect(decodeSpreadsheetText(Buffer.from([0x41, 0x00, 0x42]))).toBeNull();
    expect(() => checkUpload(Buffer.from([0x41, 0x8d, 0x42]).toString('base64'))).toThrow(expect.objectContaining({ code: 'unsupported_media_type' }));
  });
});
