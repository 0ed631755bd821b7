import type { SheetCell, SheetColumn } from '@server/platform/http/xlsx';

/** UTF-8 byte order mark: without it Excel reads å, ä and ö as mojibake. */
export const CSV_BOM = '\uFEFF';
/**
 * Swedish Excel and LibreOffice with Swedish locale expect semicolons, because the comma is the
 * decimal separator there; numbers are therefore written with a decimal comma (1234,50).
 */
export const CSV_SEPARATOR = ';';
/** RFC 4180 line ending, which Excel also expects. */
const NEWLINE = '\r\n';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * Text that must be quoted: besides our own separator, the comma and the tab, which LibreOffice's
 * default import also splits on, and quotes and line breaks (RFC 4180).
 */
const NEEDS_QUOTES = /[";,\t\r\n]/;
/** Cells a spreadsheet would run as a formula (CSV injection) unless neutralised. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a text that Excel might run as a formula gets a leading apostrophe, and a text
 * with a semicolon, comma, tab, quote or line break is quoted with its quotes doubled.
 */
export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line of cells, ending with CRLF. */
export const csvLine = (cells: ReadonlyArray<string | null | undefined>) => cells.map(csvCell).join(CSV_SEPARATOR) + NEWLINE;

/**
 * A typed value as CSV text the way Swedish Excel reads it back: dates as YYYY-MM-DD, decimals
 * with a comma and two decimals, whole numbers as they are. A negative number is a number, not a
 * formula, so it is written bare (only text is neutralised).
 */
function formatted(value: SheetCell, column: SheetColumn): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    const text = column.format === 'decimal' ? value.toFixed(2) : String(value);
    return text.replace('.', ',');
  }
  return value;
}

/** A whole CSV file (BOM, header line, one line per row) from the same columns and rows as an Excel export. */
export function buildCsv(columns: readonly SheetColumn[], rows: readonly SheetCell[][]): Buffer {
  const lines = [csvLine(columns.map((column) => column.header))];
  for (const row of rows) {
    lines.push(
      row
        .map((value, index) => {
          const text = formatted(value, columns[index] ?? { header: '', width: 0 });
          // A decimal comma is a separator to an import that splits on commas: such a number is quoted too.
          if (typeof value === 'number') return text !== null && text.includes(',') ? `"${text}"` : (text ?? '');
          return csvCell(text);
        })
        .join(CSV_SEPARATOR) + NEWLINE,
    );
  }
  return Buffer.from(CSV_BOM + lines.join(''), 'utf8');
}
