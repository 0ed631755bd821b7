import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { XLSX_CONTENT_TYPE } from '@server/platform/http/xlsx';

/** A parsed one-sheet export: the sheet itself (for cell types and styles) and its values by row. */
export type ParsedSheet = { sheet: ExcelJS.Worksheet; rows: ExcelJS.CellValue[][] };

/**
 * Checks that a response is an .xlsx download and opens it with exceljs, returning the named
 * sheet's values (row by row, from column A, without exceljs's empty index 0).
 */
export async function readExport(response: LightMyRequestResponse, sheetName: string): Promise<ParsedSheet> {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet named ${sheetName}`);
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => values[i + 1] ?? null));
  });
  return { sheet, rows };
}
