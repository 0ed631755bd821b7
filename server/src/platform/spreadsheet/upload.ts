import { AppError } from '@server/platform/errors';
import { decodeSpreadsheetText } from '@server/platform/spreadsheet/text-encoding';
import { assertSafeZip, ZipRefused } from '@server/platform/spreadsheet/zip-guard';

/** The largest file an import accepts. */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

export type UploadKind = 'xlsx' | 'csv';
export type CheckedUpload = { kind: UploadKind; bytes: Buffer };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Text in UTF-8 or Windows-1252 without NUL or other binary control characters (tab, CR, LF allowed). */
const isText = (bytes: Buffer): boolean => decodeSpreadsheetText(bytes) !== null;

/**
 * Treats an upload as hostile: decodes it, refuses it when larger than 5 MB (413), decides what it
 * really is from its content — a zip (xlsx) by its magic bytes, else plain UTF-8 text (CSV) — and
 * refuses anything else (415). A zip is checked against bombs before anything parses it.
 */
export function checkUpload(contentBase64: string): CheckedUpload {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > UPLOAD_MAX_BYTES) throw new AppError('payload_too_large', 'Filen är större än 5 MB.');
  if (bytes.length === 0) throw new AppError('bad_request', 'Filen är tom.');
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    try {
      assertSafeZip(bytes);
    } catch (error) {
      if (!(error instanceof ZipRefused)) throw error;
      if (error.reason === 'too_large' || error.reason === 'too_many_entries') {
        throw new AppError('payload_too_large', 'Filen packas upp till för mycket data för att vara ett register och har inte lästs.');
      }
      throw new AppError('unsupported_media_type', 'Filen är inte en Excel-fil som går att läsa (.xlsx).');
    }
    return { kind: 'xlsx', bytes };
  }
  if (!isText(bytes)) throw new AppError('unsupported_media_type', 'Filen är varken en Excel-fil (.xlsx) eller en CSV-fil.');
  return { kind: 'csv', bytes };
}
