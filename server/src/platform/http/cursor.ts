import { AppError } from '@server/platform/errors';

/** Opaque cursors: base64url JSON of the sort key of the last row on the page. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes a cursor, answering 400 (not 500) when a client sends one we never made. */
export function decodeCursor<T>(cursor: string | undefined, isValid: (value: unknown) => value is T): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', 'The cursor is not valid; start from the first page.', [{ path: 'querystring.cursor', code: 'invalid_cursor' }]);
}

/** The cursor of a list sorted by a microsecond timestamp and then id, newest first. */
export type TimeCursor = { at: string; id: string };

/** Whether a decoded cursor is one we made for such a list (exact UTC time to the microsecond, a uuid). */
export const isTimeCursor = (value: unknown): value is TimeCursor =>
  typeof value === 'object' &&
  value !== null &&
  'at' in value &&
  'id' in value &&
  typeof value.at === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value.at) &&
  typeof value.id === 'string' &&
  /^[0-9a-f-]{36}$/i.test(value.id);
