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

/** One column of an exported sheet: its Swedish header, width in characters and format. */
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

/**
 * Builds a one-sheet workbook the way every export looks: a bold, frozen header row with an
 * autofilter, set column widths and typed cells (real dates and numbers, so sorting and filtering
 * in Excel work). Strings are written as text cells — exceljs only writes a formula for a
 * `{ formula }` object — so a title like `=HYPERLINK(…)` is never evaluated (formula injection).
 */
export async function buildSheetWorkbook(sheetName: string, columns: readonly SheetColumn[], rows: readonly SheetCell[][]): Promise<Buffer> {
  // exceljs is loaded on the first export, not at start: it is large and most requests never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Digiplan';
  workbook.created = new Date();
  // Stored text may hold control characters (typed, pasted, imported); Excel refuses the file then.
  const sheet = workbook.addWorksheet(xmlSafeText(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => {
    const numFmt = NUMBER_FORMATS[column.format ?? 'text'];
    return { key: `c${index}`, width: column.width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  const header = sheet.addRow(columns.map((column) => xmlSafeText(column.header)));
  header.font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? xmlSafeText(cell) : cell)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}

/** Sends a workbook as a download named `filename`. */
export function sendXlsx(reply: FastifyReply, workbook: Buffer, filename: string): FastifyReply {
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(workbook);
}
