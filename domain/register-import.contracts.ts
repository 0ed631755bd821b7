import { z } from 'zod';

/**
 * An import upload: the file itself, base64-encoded in JSON. The browser keeps the chosen file, so
 * the preview and the save send the same bytes and the user never uploads twice; the server keeps
 * nothing between the two (no state to expire, and the save re-checks everything).
 */
export const ZImportUpload = z.object({
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z.string().max(8_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
export type TImportUpload = z.infer<typeof ZImportUpload>;

/** One problem in one row of the file, in Swedish, naming the column. */
export const ZImportIssue = z.object({ column: z.string(), message: z.string() });
export const ZImportRow = z.object({
  rowNumber: z.number().int(),
  /** The row as it will be saved, as the list would show it (column header → text). */
  cells: z.record(z.string(), z.string()),
  errors: z.array(ZImportIssue),
});
export type TImportRow = z.infer<typeof ZImportRow>;
export const ZImportPreview = z.object({
  fileErrors: z.array(z.string()),
  rows: z.array(ZImportRow),
  rowCount: z.number().int(),
  errorCount: z.number().int(),
});
export type TImportPreview = z.infer<typeof ZImportPreview>;
export const ZImportResult = z.object({ created: z.number().int() });
