import { describe, expect, it } from 'vitest';
import { xlsxPrintFacts } from '@test/office-xml';
import { buildSheetWorkbook, excelDate, SHEET_COLUMN_MAX_WIDTH, SHEET_COLUMN_MIN_WIDTH, sheetColumnWidths } from '@server/platform/http/xlsx';

describe('an Excel export as a reader and a printer meet it', () => {
  const columns = [
    { header: 'Nr', width: 30 },
    { header: 'Beskrivning', width: 10 },
    { header: 'Kostnad', width: 10, format: 'decimal' as const },
    { header: 'Beslutsdatum', width: 4, format: 'date' as const },
  ];
  const rows = [
    ['B-1', 'Kort text', 1234.5, excelDate('2026-01-31')],
    ['B-2', 'En lång beskrivning av ett behov som fortsätter långt förbi en rimlig kolumnbredd i ett kalkylblad', null, null],
  ];

  it('gives each column a width from its content, never wider than the cap so long text wraps', () => {
    const widths = sheetColumnWidths(columns, rows);
    expect(widths[0]).toBe(SHEET_COLUMN_MIN_WIDTH);
    expect(widths[1]).toBe(SHEET_COLUMN_MAX_WIDTH);
    expect(widths[2]).toBe(SHEET_COLUMN_MIN_WIDTH + 1); // "Kostnad" + 2, and "1234.50" + 2
    expect(widths[3]).toBe('Beslutsdatum'.length + 2);
  });

  it('sizes an empty template by the widths its columns ask for', () => {
    expect(sheetColumnWidths(columns, [])).toEqual([30, 13, 10, 14]);
  });

  it('freezes and filters the header row, wraps text and prints landscape, one page wide, with the header on every page and page numbers', async () => {
    const facts = await xlsxPrintFacts(await buildSheetWorkbook('Behov', columns, rows));
    expect(facts).toMatchObject({
      frozenHeaderRow: true,
      autoFilter: true,
      landscape: true,
      fitToWidth: true,
      repeatedHeaderRow: true,
      pageNumbersInFooter: true,
      wrappedStyles: true,
    });
    expect(facts.columnWidths).toEqual(sheetColumnWidths(columns, rows));
  });
});
