/** The most data rows an import reads (a register holds tens or hundreds). */
export const IMPORT_MAX_ROWS = 2000;
/** The most columns read from a row. */
export const IMPORT_MAX_COLUMNS = 50;

/** A cell as read from a file: text, a number, a date (YYYY-MM-DD) or empty; `formula` marks a refused formula. */
export type RawCell = string | number | null | { formula: true };
/** One data row with its row number in the file (the header is row 1). */
export type RawRow = { rowNumber: number; cells: RawCell[] };
export type RawTable = { header: string[]; rows: RawRow[] };

/** Whether a row has nothing in it (trailing blank rows are skipped, not errors). */
export const isBlankRow = (cells: readonly RawCell[]) => cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
