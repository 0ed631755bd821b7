import type { ExportFormat } from '@domain/export.contracts';
import { buildSheetFile, type SheetFile } from '@server/platform/http/sheet-export';
import { excelDate, type SheetColumn } from '@server/platform/http/xlsx';
import { SYSTEM_IMPORT_HEADERS } from '@server/modules/systems/systems-import';

const COLUMNS: SheetColumn[] = Object.values(SYSTEM_IMPORT_HEADERS).map((header) => ({
  header,
  width: 18,
  ...(header.startsWith('Avtal') ? { format: 'date' as const } : header.includes('kostnad') ? { format: 'decimal' as const } : {}),
}));

/** An import template for the system list with one example row to overwrite. */
export function buildSystemsTemplate(format: ExportFormat): Promise<SheetFile> {
  return buildSheetFile(format, 'Systemlista', 'mall-systemlista', COLUMNS, [
    [
      'Exempelsystem',
      'Dokumentation i hemtjänsten',
      'Leverantör AB',
      'Verksamhetschef',
      'Systemförvaltare',
      'Support via teknikenheten',
      excelDate('2024-01-01'),
      excelDate('2027-12-31'),
      6,
      120000,
      25000.5,
      2,
      2,
      3,
      2,
      'I drift',
      // Units by their names in the organisation tree, separated by semicolons; left empty here
      // so the template imports as it is in every organisation.
      '',
    ],
  ]);
}
