import { ASPECT_LABELS_SV, CLASSIFICATION_ASPECTS } from '@domain/classification';
import { SYSTEM_LIFECYCLE_LABELS_SV, type TSystemSummary } from '@domain/systems.contracts';
import { excelDate, type SheetCell, type SheetColumn } from '@server/platform/http/xlsx';
import { UNIT_SEPARATOR } from '@server/modules/systems/systems-import';

/** The system list's columns, shared by the export, the import template and the import itself. */
export const SYSTEM_COLUMNS: readonly SheetColumn[] = [
  { header: 'System', width: 24 },
  { header: 'Syfte', width: 40 },
  { header: 'Leverantör', width: 24 },
  { header: 'Systemägare', width: 24 },
  { header: 'Systemförvaltare', width: 24 },
  { header: 'Support och underhåll', width: 40 },
  { header: 'Avtal från', width: 12, format: 'date' },
  { header: 'Avtal till', width: 12, format: 'date' },
  { header: 'Uppsägningstid (månader)', width: 12 },
  { header: 'Sista dag att säga upp', width: 14, format: 'date' },
  { header: 'Årlig kostnad (kr)', width: 16, format: 'decimal' },
  { header: 'Engångskostnad (kr)', width: 16, format: 'decimal' },
  ...CLASSIFICATION_ASPECTS.map((aspect) => ({ header: ASPECT_LABELS_SV[aspect], width: 12 })),
  { header: 'Livscykel', width: 16 },
  { header: 'Enheter', width: 30 },
  { header: 'Förvaltningsuppgifter klara', width: 12 },
];

const date = (value: string | null) => (value ? excelDate(value) : null);
/** Öre as kronor for the sheet (the cell's format shows two decimals). */
export const kronor = (ore: number | null) => (ore === null ? null : ore / 100);

/** One system as a row; `unitNames` are the units that use it (written as the import reads them). */
export function systemSheetRow(system: TSystemSummary, unitNames: readonly string[]): SheetCell[] {
  return [
    system.name,
    system.purpose,
    system.supplier,
    system.ownerName,
    system.administratorName,
    system.supportRoutine,
    date(system.contractStart),
    date(system.contractEnd),
    system.noticeMonths,
    date(system.noticeDate),
    kronor(system.yearlyCostOre),
    kronor(system.oneOffCostOre),
    ...CLASSIFICATION_ASPECTS.map((aspect) => system.classification?.[aspect] ?? null),
    SYSTEM_LIFECYCLE_LABELS_SV[system.lifecycle],
    unitNames.join(UNIT_SEPARATOR),
    system.tasksDone,
  ];
}
