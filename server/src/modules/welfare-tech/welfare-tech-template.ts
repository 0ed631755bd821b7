import type { ExportFormat } from '@domain/export.contracts';
import { buildSheetFile, type SheetFile } from '@server/platform/http/sheet-export';
import { excelDate } from '@server/platform/http/xlsx';
import { WELFARE_TECH_COLUMNS } from '@server/modules/welfare-tech/welfare-tech-sheet';

/** An import template: the export's headers and two example rows (seed 000's inventory) to overwrite. */
export function buildWelfareTechTemplate(format: ExportFormat): Promise<SheetFile> {
  return buildSheetFile(format, 'Välfärdsteknik', 'mall-valfardsteknik', WELFARE_TECH_COLUMNS, [
    ['Trygghetslarm', 'Phoniro', 'Phoniro Systems AB', 88, 'SÄBO', 'Infört', excelDate('2021-12-31'), null, null],
    ['Nyckelfria lås', '', '', 380, 'Hemtjänst', 'På gång', excelDate('2021-12-31'), null, null],
  ]);
}
