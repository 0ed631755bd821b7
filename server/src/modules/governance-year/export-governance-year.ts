import type { ExportFormat } from '@domain/export.contracts';
import { GOVERNANCE_ENTRY_KIND_LABELS_SV, RESPONSIBLE_ROLE_LABELS_SV } from '@domain/governance-year.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { buildSheetFile, type SheetFile } from '@server/platform/http/sheet-export';
import { excelDate, type SheetColumn } from '@server/platform/http/xlsx';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { governanceYearIn } from '@server/modules/governance-year/find-governance-year';

const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const COLUMNS: SheetColumn[] = [
  { header: 'Månad', width: 12 },
  { header: 'Datum', width: 12, format: 'date' },
  { header: 'Slag', width: 28 },
  { header: 'Vad', width: 40 },
  { header: 'Ansvarig', width: 24 },
  { header: 'Källa', width: 22 },
];

/** The årshjul of a year as Excel or CSV, one row per entry; audited in the same transaction as the read. */
export async function exportGovernanceYear(ctx: Ctx, year: number, format: ExportFormat): Promise<SheetFile> {
  const rows = await inTenant(ctx, async (tx) => {
    const { entries } = await governanceYearIn(tx, ctx, year);
    await recordAudit(tx, ctx, { action: 'governance_year.exported', entityType: 'governance_year', after: { year, format, rowCount: entries.length } });
    return entries.map((entry) => [
      MONTHS_SV[entry.month - 1]!,
      entry.date ? excelDate(entry.date) : null,
      GOVERNANCE_ENTRY_KIND_LABELS_SV[entry.kind],
      entry.title,
      entry.responsibleName ?? (entry.responsibleRole ? RESPONSIBLE_ROLE_LABELS_SV[entry.responsibleRole] : ''),
      entry.source === 'recurring' ? 'Återkommande händelse' : 'Från Digiplan',
    ]);
  });
  return buildSheetFile(format, `Årshjul ${year}`, `arshjul-${year}`, COLUMNS, rows);
}
