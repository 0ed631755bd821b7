import { AppError } from '@server/platform/errors';
import { decodeSpreadsheetText } from '@server/platform/spreadsheet/text-encoding';
import { IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS, isBlankRow, type RawCell, type RawTable } from '@server/platform/spreadsheet/raw-table';

/** Splits CSV text into rows of cells (RFC 4180 quoting: doubled quotes, line breaks inside quotes). */
function splitCsv(text: string, separator: string, maxRows: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      if (rows.length > maxRows) return rows;
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Undoes our export's formula neutralisation ('=…' → '=…'), so an exported file imports back as it
 * was. The text is only ever stored as text, never evaluated.
 */
const unneutralised = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/**
 * Reads a CSV file (UTF-8 with or without a BOM, or Windows-1252 as Excel saves "CSV
 * (semikolonavgränsad)"): semicolons as Swedish Excel writes them, or commas when the header line
 * has no semicolon. Cells stay text; the register decides how to read numbers and dates.
 */
export function readCsv(bytes: Buffer): RawTable {
  const text = decodeSpreadsheetText(bytes)?.text;
  if (text === undefined) throw new AppError('unsupported_media_type', 'Filen är varken en Excel-fil (.xlsx) eller en CSV-fil.');
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const separator = firstLine.includes(';') ? ';' : ',';
  const [header = [], ...data] = splitCsv(text, separator, IMPORT_MAX_ROWS + 1);
  if (data.length > IMPORT_MAX_ROWS) throw new AppError('payload_too_large', `Filen har fler än ${IMPORT_MAX_ROWS} rader.`);
  const rows = data
    .map((cells, index) => ({ rowNumber: index + 2, cells: cells.slice(0, IMPORT_MAX_COLUMNS).map((cell): RawCell => (cell.trim() === '' ? null : unneutralised(cell.trim()))) }))
    .filter((row) => !isBlankRow(row.cells));
  return { header: header.slice(0, IMPORT_MAX_COLUMNS).map((name) => name.trim()), rows };
}
