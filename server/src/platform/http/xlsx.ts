import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { xmlSafeText } from '@server/platform/http/xml-text';

/** The media type of an Excel workbook (.xlsx). */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The most rows one export writes; larger selections are cut (the audit records it). */
export const EXPORT_ROW_LIMIT = 10_000;

/**
 * The 200 response of an export route for OpenAPI: a binary file. The route sends a Buffer, which
 * Fastify passes through without serialising, so this schema only documents the answer.
 */
export const ZXlsxFile = z.string().meta({ description: 'An Excel workbook (.xlsx).', format: 'binary' });

/** How a column's cells are shown: plain text/number, a date (yyyy-mm-dd) or a number with two decimals. */
export type SheetColumnFormat = 'text' | 'date' | 'decimal';

/**
 * One column of an exported sheet: its Swedish header, format and width in characters — the width
 * is used when the sheet has no rows (a template); exports size columns from their content.
 */
export type SheetColumn = { header: string; width: number; format?: SheetColumnFormat };

/** A cell value. Strings are always written as text cells, never as formulas. */
export type SheetCell = string | number | Date | null;

const NUMBER_FORMATS: Record<SheetColumnFormat, string | undefined> = { text: undefined, date: 'yyyy-mm-dd', decimal: '0.00' };

/**
 * A calendar date (YYYY-MM-DD) as a value Excel shows as that same date. Excel dates have no time
 * zone; exceljs converts from UTC, so the date is taken at UTC midnight.
 */
export function excelDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** Column widths in characters: never narrower than this, and never wider (longer text wraps). */
export const SHEET_COLUMN_MIN_WIDTH = 8;
export const SHEET_COLUMN_MAX_WIDTH = 50;

/** How many characters a cell shows: its longest line for text, the formatted length for numbers and dates. */
function shownLength(cell: SheetCell, format: SheetColumnFormat | undefined): number {
  if (cell === null) return 0;
  if (cell instanceof Date) return 10;
  if (typeof cell === 'number') return format === 'decimal' ? cell.toFixed(2).length : String(cell).length;
  let longest = 0;
  for (const line of cell.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}

/**
 * A readable width for each column from what it holds: the longest header or cell plus a little
 * air, between SHEET_COLUMN_MIN_WIDTH and SHEET_COLUMN_MAX_WIDTH (longer text wraps in the cell).
 * A sheet without rows (an import template) uses the column's own width for its content.
 */
export function sheetColumnWidths(columns: readonly SheetColumn[], rows: readonly SheetCell[][]): number[] {
  return columns.map((column, index) => {
    let content = 0;
    for (const row of rows) content = Math.max(content, shownLength(row[index] ?? null, column.format));
    const wanted = Math.max(shownLength(column.header, 'text'), content) + 2;
    return Math.min(SHEET_COLUMN_MAX_WIDTH, Math.max(SHEET_COLUMN_MIN_WIDTH, wanted, rows.length === 0 ? column.width : 0));
  });
}

/**
 * Builds a one-sheet workbook the way every export looks: a bold, frozen header row with an
 * autofilter, column widths from the content (capped, longer text wraps), typed cells (real dates
 * and numbers, so sorting and filtering in Excel work) and a print set-up (A4 landscape, fitted to
 * the page width, the header row repeated on every page, "Sida X av Y" in the footer). Strings are
 * written as text cells — exceljs only writes a formula for a `{ formula }` object — so a title like
 * `=HYPERLINK(…)` is never evaluated (formula injection).
 */
export async function buildSheetWorkbook(sheetName: string, columns: readonly SheetColumn[], rows: readonly SheetCell[][]): Promise<Buffer> {
  // exceljs is loaded on the first export, not at start: it is large and most requests never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Digiplan';
  workbook.created = new Date();
  // Stored text may hold control characters (typed, pasted, imported); Excel refuses the file then.
  const safeName = xmlSafeText(sheetName);
  const sheet = workbook.addWorksheet(safeName, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as the rows need
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: '&L&A', oddFooter: '&CSida &P av &N' },
  });
  const widths = sheetColumnWidths(columns, rows);
  sheet.columns = columns.map((column, index) => {
    const numFmt = NUMBER_FORMATS[column.format ?? 'text'];
    return { key: `c${index}`, width: widths[index], style: { alignment: { wrapText: true, vertical: 'top' }, ...(numFmt ? { numFmt } : {}) } };
  });
  const header = sheet.addRow(columns.map((column) => xmlSafeText(column.header)));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'bottom' };
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? xmlSafeText(cell) : cell)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  declareFilterRange(workbook.definedNames, safeName, columns.length, rows.length + 1);
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}

/** A column's letters: 1 → A, 27 → AA. */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Declares the filtered range as the sheet's built-in name `_xlnm._FilterDatabase`, as Excel itself
 * does. LibreOffice shows the autofilter only when that name exists; exceljs writes the filter but
 * not the name and has no sheet-scoped names, so the one name it writes is supplied here.
 */
function declareFilterRange(definedNames: object, sheetName: string, columnCount: number, rowCount: number): void {
  const range = `'${sheetName.replace(/'/g, "''")}'!$A$1:$${columnLetters(Math.max(1, columnCount))}$${Math.max(1, rowCount)}`;
  Object.defineProperty(definedNames, 'model', { get: () => [{ name: '_xlnm._FilterDatabase', ranges: [range], localSheetId: 0 }], configurable: true });
}

/** Sends a workbook as a download named `filename`. */
export function sendXlsx(reply: FastifyReply, workbook: Buffer, filename: string): FastifyReply {
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(workbook);
}
