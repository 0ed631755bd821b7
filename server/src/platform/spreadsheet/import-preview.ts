import type { TImportPreview, TImportRow } from '@domain/register-import.contracts';
import type { TFieldIssue } from '@domain/problem';
import { AppError } from '@server/platform/errors';

/** A row of a file as read: the value to save when it has no errors, and what the preview shows. */
export type ParsedRow<T> = TImportRow & { value: T | null };

/** The preview of a parsed file: what every row will be saved as and every error. */
export function toPreview<T>(fileErrors: string[], rows: ReadonlyArray<ParsedRow<T>>): TImportPreview {
  return {
    fileErrors,
    rows: rows.map(({ value: _value, ...row }) => row),
    rowCount: rows.length,
    errorCount: fileErrors.length + rows.reduce((sum, row) => sum + row.errors.length, 0),
  };
}

/**
 * All or nothing: the values of every row, or a 400 listing every error (`rows.<rad>.<kolumn>`,
 * a Swedish message naming row and column) so that a file with any error saves nothing.
 */
export function valuesOrRefuse<T>(fileErrors: string[], rows: ReadonlyArray<ParsedRow<T>>): T[] {
  const issues: TFieldIssue[] = [
    ...fileErrors.map((message) => ({ path: 'file', code: 'invalid', message })),
    ...rows.flatMap((row) =>
      row.errors.map((error) => ({ path: `rows.${row.rowNumber}.${error.column}`, code: 'invalid', message: `Rad ${row.rowNumber}, kolumn ${error.column}: ${error.message}` })),
    ),
  ];
  if (rows.length === 0 && fileErrors.length === 0) issues.push({ path: 'file', code: 'empty', message: 'Filen har inga rader att läsa in.' });
  if (issues.length > 0) throw new AppError('validation_failed', 'The file has errors; nothing was saved.', issues);
  return rows.map((row) => row.value!);
}
