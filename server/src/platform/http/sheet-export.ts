import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ExportFormat } from '@domain/export.contracts';
import { buildCsv, CSV_CONTENT_TYPE } from '@server/platform/http/csv';
import { buildSheetWorkbook, XLSX_CONTENT_TYPE, type SheetCell, type SheetColumn } from '@server/platform/http/xlsx';

/** A finished export file. */
export type SheetFile = { body: Buffer; contentType: string; filename: string };

/** The 200 answer of an export route for OpenAPI: a binary file, Excel or CSV. */
export const ZSheetFile = z.string().meta({ description: 'An Excel workbook (.xlsx) or a CSV file (UTF-8 with BOM, semicolons).', format: 'binary' });
export const SHEET_CONTENT_TYPES = [XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE];

/** The same columns and rows as an Excel workbook or a CSV file, named `<basename>.<format>`. */
export async function buildSheetFile(format: ExportFormat, sheetName: string, basename: string, columns: readonly SheetColumn[], rows: readonly SheetCell[][]): Promise<SheetFile> {
  if (format === 'csv') return { body: buildCsv(columns, rows), contentType: CSV_CONTENT_TYPE, filename: `${basename}.csv` };
  return { body: await buildSheetWorkbook(sheetName, columns, rows), contentType: XLSX_CONTENT_TYPE, filename: `${basename}.xlsx` };
}

/** Sends an export file as a download. */
export function sendSheetFile(reply: FastifyReply, file: SheetFile): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}
