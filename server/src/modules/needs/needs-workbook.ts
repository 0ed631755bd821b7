import { PRIORITY_LABELS, QUADRANT_LABELS, QUADRANTS, priorityOf } from '@domain/assessment';
import { formatCostEstimate } from '@domain/cost-estimate';
import { costEstimateFromWire, type TCostEstimate } from '@domain/cost-estimate.contracts';
import { todayInSweden } from '@domain/decisions.contracts';
import { focusAreasLabel, unitsLabel } from '@domain/need-scope';
import { AFFECTED_GROUPS, type AffectedGroup, type NeedStatus } from '@domain/needs.contracts';
import { buildSheetWorkbook, excelDate, type SheetCell, type SheetColumn } from '@server/platform/http/xlsx';
import type { NeedExportRow } from '@server/modules/needs/needs-export.repository';
import { asNeedStatus } from '@server/modules/needs/needs.presenter';

/** The statuses as the UI names them (glossary). */
const STATUS_LABELS: Record<NeedStatus, string> = {
  submitted: 'Inkommen',
  assessed: 'Bedömd',
  approved: 'Beslutad – genomförs',
  rejected: 'Avslagen',
  parked: 'Parkerad',
  merged: 'Sammanslagen',
};

const GROUP_LABELS: Record<AffectedGroup, string> = { care_recipients: 'Brukare', relatives: 'Anhöriga', staff: 'Medarbetare', managers: 'Chefer' };

const COLUMNS: SheetColumn[] = [
  { header: 'Nr', width: 8 },
  { header: 'Rubrik', width: 40 },
  { header: 'Status', width: 20 },
  { header: 'Avdelningar/enheter', width: 28 },
  { header: 'Fokusområden', width: 28 },
  { header: 'Berörda grupper', width: 28 },
  { header: 'Genomförbarhet', width: 16, format: 'decimal' },
  { header: 'Potential/nytta', width: 16, format: 'decimal' },
  { header: 'Totalt', width: 10, format: 'decimal' },
  { header: 'Kvadrant', width: 30 },
  { header: 'Prioritet', width: 14 },
  { header: 'Inkom', width: 12, format: 'date' },
  { header: 'Inlämnat av', width: 24 },
  { header: 'Problem', width: 60 },
  { header: 'Förväntad nytta', width: 60 },
  { header: 'Uppskattad kostnad', width: 30 },
];

function toCells(row: NeedExportRow): SheetCell[] {
  const quadrant = QUADRANTS.find((q) => q === row.quadrant) ?? null;
  return [
    `B-${row.number}`,
    row.title,
    STATUS_LABELS[asNeedStatus(row.status)],
    unitsLabel(row) || null,
    focusAreasLabel(row.focusAreas) || null,
    AFFECTED_GROUPS.filter((g) => row.affectedGroups.includes(g))
      .map((g) => GROUP_LABELS[g])
      .join(', '),
    row.feasibility,
    row.potential,
    row.overall,
    quadrant ? QUADRANT_LABELS[quadrant].slogan : null,
    quadrant ? PRIORITY_LABELS[priorityOf(quadrant)] : null,
    excelDate(todayInSweden(row.submittedAt)),
    row.submitterName,
    row.problem,
    row.expectedBenefit,
    // Written as the seeds write it ("40 000–60 000 kr/år, beroende på lösning"): a range is not one number.
    row.costEstimate ? formatCostEstimate(costEstimateFromWire(row.costEstimate as TCostEstimate)) || null : null,
  ];
}

/**
 * The needs list as an Excel workbook (sheet "Behov") with Swedish headers and labels, so a
 * utvecklingsledare can take the list to a meeting or work on it further in Excel. "Inkom" is
 * the day the need came in, in Swedish time.
 */
export async function buildNeedsWorkbook(rows: readonly NeedExportRow[]): Promise<Buffer> {
  return buildSheetWorkbook('Behov', COLUMNS, rows.map(toCells));
}
