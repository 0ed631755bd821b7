import type { Buffer as ExcelBuffer, CellValue, Row } from 'exceljs';
import { AppError } from '@server/platform/errors';
import { IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS, isBlankRow, type RawCell, type RawTable } from '@server/platform/spreadsheet/raw-table';

/** A cell's value as plain data. Formulas are never evaluated and their cached results never trusted. */
function rawCell(value: CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) return { formula: true };
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim() || null;
  if ('text' in value && typeof value.text === 'string') return value.text.trim() || null;
  if ('error' in value) return null;
  return null;
}

/** Reads the first worksheet of an .xlsx already checked by the zip guard; row 1 is the header. */
export async function readXlsx(bytes: Buffer): Promise<RawTable> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on first use (memory at start)
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelBuffer);
  } catch {
    throw new AppError('unsupported_media_type', 'Filen är inte en Excel-fil som går att läsa (.xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  if (sheet.actualRowCount > IMPORT_MAX_ROWS + 1) throw new AppError('payload_too_large', `Filen har fler än ${IMPORT_MAX_ROWS} rader.`);
  const read = (row: Row) => Array.from({ length: Math.min(sheet.columnCount, IMPORT_MAX_COLUMNS) }, (_, i) => rawCell(row.getCell(i + 1).value));
  const header = read(sheet.getRow(1)).map((cell) => (typeof cell === 'string' ? cell : typeof cell === 'number' ? String(cell) : ''));
  const rows: RawTable['rows'] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = read(row);
    if (!isBlankRow(cells)) rows.push({ rowNumber, cells });
  });
  return { header, rows };
}
