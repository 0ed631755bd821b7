import type { CheckedUpload } from '@server/platform/spreadsheet/upload';
import type { RawTable } from '@server/platform/spreadsheet/raw-table';
import { readCsv } from '@server/platform/spreadsheet/read-csv';
import { readXlsx } from '@server/platform/spreadsheet/read-xlsx';

/** The rows of a checked upload, whichever kind it is. */
export async function readTable(upload: CheckedUpload): Promise<RawTable> {
  return upload.kind === 'xlsx' ? readXlsx(upload.bytes) : readCsv(upload.bytes);
}
