import { focusAreasLabel, unitsLabel } from '@domain/need-scope';
import { PRIORITY_LABELS } from '@domain/assessment';
import { FORM_LABELS } from '@domain/decisions.contracts';
import type { TPortfolioRow } from '@domain/process.contracts';
import { STAGE_NAMES_SV, type InitiativeStatus, type StageNumber } from '@domain/process';
import { buildSheetWorkbook, type SheetCell, type SheetColumn } from '@server/platform/http/xlsx';

const STATUS_LABELS: Record<InitiativeStatus, string> = { active: 'Pågår', closed: 'Avslutad', stopped: 'Avbruten' };

const COLUMNS: SheetColumn[] = [
  { header: 'Behov nr', width: 10 },
  { header: 'Initiativ', width: 40 },
  { header: 'Form', width: 22 },
  { header: 'Status', width: 12 },
  { header: 'Steg', width: 8 },
  { header: 'Stegets namn', width: 36 },
  { header: 'Ägare', width: 28 },
  { header: 'Prioritet', width: 14 },
  { header: 'Fokusområden', width: 28 },
  { header: 'Enheter', width: 28 },
  { header: 'Saknas till nästa grind (antal)', width: 14 },
  { header: 'Saknas till nästa grind', width: 80 },
];

function toCells(row: TPortfolioRow): SheetCell[] {
  return [
    row.needNumber === null ? null : `B-${row.needNumber}`,
    row.title,
    FORM_LABELS[row.form],
    STATUS_LABELS[row.status],
    row.stage,
    STAGE_NAMES_SV[row.stage as StageNumber],
    row.owner,
    row.priority ? PRIORITY_LABELS[row.priority] : null,
    focusAreasLabel(row.focusAreas) || null,
    unitsLabel(row) || null,
    row.missing.length,
    row.missing.map((item) => item.text).join('\n'),
  ];
}

/** The portfolio as one sheet, the same rows and order as the page. */
export function buildPortfolioWorkbook(rows: readonly TPortfolioRow[]): Promise<Buffer> {
  return buildSheetWorkbook('Portfölj', COLUMNS, rows.map(toCells));
}
