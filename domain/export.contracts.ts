import { z } from 'zod';

/** Every register list exports as an Excel workbook or a CSV file for Swedish Excel. */
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const ZExportFormatQuery = z.object({ format: z.enum(EXPORT_FORMATS).default('xlsx') });
