import { describe, expect, it } from 'vitest';
import { buildCsv, csvCell } from '@server/platform/http/csv';
import { excelDate } from '@server/platform/http/xlsx';

describe('the CSV writer for Swedish Excel and LibreOffice', () => {
  it('starts with a UTF-8 byte order mark and separates cells with semicolons and CRLF', () => {
    const text = buildCsv([{ header: 'System', width: 10 }, { header: 'Leverantör', width: 10 }], [['Viva', 'Tieto Evry']]).toString('utf8');
    expect(text).toBe('\uFEFFSystem;Leverantör\r\nViva;Tieto Evry\r\n');
  });

  it('neutralises every text that starts like a formula, including tab and carriage return', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    const text = buildCsv([{ header: 'Namn', width: 10 }], [['=HYPERLINK("http://x")'], ['-2+3']]).toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain("'-2+3");
  });

  it('writes numbers with a decimal comma (quoted when it has one) and dates as YYYY-MM-DD', () => {
    const text = buildCsv(
      [
        { header: 'Antal', width: 5 },
        { header: 'Kostnad', width: 5, format: 'decimal' },
        { header: 'Datum', width: 5, format: 'date' },
        { header: 'Tom', width: 5 },
      ],
      [[-5, 123456.5, excelDate('2021-12-31'), null]],
    ).toString('utf8');
    expect(text.split('\r\n')[1]).toBe('-5;"123456,50";2021-12-31;');
  });

  it('quotes text with a comma or a tab, so an import that splits on them keeps the cell whole', () => {
    expect(csvCell('Trygghetslarm, digitalt')).toBe('"Trygghetslarm, digitalt"');
    expect(csvCell('kolumn\tett')).toBe('"kolumn\tett"');
    const text = buildCsv([{ header: 'Namn, kort', width: 10 }, { header: 'Kostnad', width: 5, format: 'decimal' }], [['Larm, mobilt', 12.5]]).toString('utf8');
    expect(text).toBe('\uFEFF"Namn, kort";Kostnad\r\n"Larm, mobilt";"12,50"\r\n');
  });

  it('quotes text with separators, quotes and line breaks', () => {
    expect(csvCell('SÄBO; korttid')).toBe('"SÄBO; korttid"');
    expect(csvCell('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
    expect(csvCell('Säger "hej"')).toBe('"Säger ""hej"""');
  });
});
