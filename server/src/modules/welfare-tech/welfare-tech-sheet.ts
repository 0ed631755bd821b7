import { WELFARE_TECH_STATE_LABELS_SV, type TWelfareTechItem } from '@domain/welfare-tech.contracts';
import { excelDate, type SheetCell, type SheetColumn } from '@server/platform/http/xlsx';

/** The inventory's columns, shared by the export, the import template and the import itself. */
export const WELFARE_TECH_COLUMNS: readonly SheetColumn[] = [
  { header: 'Teknik', width: 24 },
  { header: 'Produkt', width: 24 },
  { header: 'Leverantör', width: 24 },
  { header: 'Antal', width: 10 },
  { header: 'Placering', width: 20 },
  { header: 'Status', width: 20 },
  { header: 'Per datum', width: 12, format: 'date' },
  { header: 'System', width: 20 },
  { header: 'Initiativ', width: 30 },
];

export function welfareTechSheetRow(item: TWelfareTechItem): SheetCell[] {
  return [
    item.technology,
    item.product,
    item.supplier,
    item.unitCount,
    item.placement,
    WELFARE_TECH_STATE_LABELS_SV[item.state],
    excelDate(item.asOf),
    item.systemName,
    item.initiativeTitle,
  ];
}
