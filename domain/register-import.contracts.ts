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

/**
 * What an inventory import does with a row whose as-of date, technology and placement already
 * exist: update that row (the default, so re-importing an export changes nothing) or refuse it as
 * a row error. Never a silent second row.
 */
export const IMPORT_EXISTING_CHOICES = ['update', 'refuse'] as const;
export type ImportExistingChoice = (typeof IMPORT_EXISTING_CHOICES)[number];
export const ZMatchingImportUpload = ZImportUpload.extend({ existing: z.enum(IMPORT_EXISTING_CHOICES).default('update') });
export type TMatchingImportUpload = z.input<typeof ZMatchingImportUpload>;

/** What saving a row will do: add a new row, change an existing one, or leave it as it is. */
export const IMPORT_OUTCOMES = ['new', 'changed', 'unchanged'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/** One problem in one row of the file, in Swedish, naming the column. */
export const ZImportIssue = z.object({ column: z.string(), message: z.string() });
export const ZImportRow = z.object({
  rowNumber: z.number().int(),
  /** The row as it will be saved, as the list would show it (column header → text). */
  cells: z.record(z.string(), z.string()),
  errors: z.array(ZImportIssue),
  /** For imports that match existing rows: whether this row is new, changes a row or changes nothing. */
  outcome: z.enum(IMPORT_OUTCOMES).optional(),
});
export type TImportRow = z.infer<typeof ZImportRow>;
export const ZImportPreview = z.object({
  fileErrors: z.array(z.string()),
  rows: z.array(ZImportRow),
  rowCount: z.number().int(),
  errorCount: z.number().int(),
  /** For imports that match existing rows: how many rows are new, change a row, or change nothing. */
  counts: z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }).optional(),
});
export type TImportPreview = z.infer<typeof ZImportPreview>;
export const ZImportResult = z.object({ created: z.number().int(), updated: z.number().int().optional(), unchanged: z.number().int().optional() });
export type TImportResult = z.infer<typeof ZImportResult>;
