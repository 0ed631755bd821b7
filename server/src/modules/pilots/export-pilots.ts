import { todayInSweden } from '@domain/decisions.contracts';
import type { ExportFormat } from '@domain/export.contracts';
import { PILOT_OUTCOME_LABELS_SV, PILOT_PARTNER_KIND_LABELS_SV, PILOT_STATUS_LABELS_SV } from '@domain/pilots.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { buildSheetFile, type SheetFile } from '@server/platform/http/sheet-export';
import { excelDate, type SheetCell, type SheetColumn } from '@server/platform/http/xlsx';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findPilotViews } from '@server/modules/pilots/pilots.repository';
import { presentPilot } from '@server/modules/pilots/present-pilot';

const COLUMNS: SheetColumn[] = [
  { header: 'Pilot', width: 30 },
  { header: 'Initiativ', width: 30 },
  { header: 'Enhet', width: 24 },
  { header: 'Miljö', width: 30 },
  { header: 'Från', width: 12, format: 'date' },
  { header: 'Till', width: 12, format: 'date' },
  { header: 'Status', width: 12 },
  { header: 'Partner', width: 40 },
  { header: 'Vad testas', width: 40 },
  { header: 'Resultat', width: 40 },
  { header: 'Utfall', width: 16 },
];

/** The organisation's pilots as Excel or CSV, one row per pilot, in Swedish words; audited with the read. */
export async function exportPilots(ctx: Ctx, format: ExportFormat): Promise<SheetFile> {
  authorize(ctx, 'initiative:read');
  const rows = await inTenant(ctx, async (tx) => {
    const pilots = (await findPilotViews(tx, ctx)).map(presentPilot);
    await recordAudit(tx, ctx, { action: 'pilot.exported', entityType: 'pilot', after: { format, rowCount: pilots.length } });
    return pilots.map((pilot): SheetCell[] => [
      pilot.title,
      pilot.initiativeTitle,
      pilot.unitName ?? '',
      pilot.environment,
      excelDate(pilot.startsOn),
      excelDate(pilot.endsOn),
      PILOT_STATUS_LABELS_SV[pilot.status],
      pilot.partners.map((partner) => `${partner.name} (${PILOT_PARTNER_KIND_LABELS_SV[partner.kind].toLowerCase()})`).join(', '),
      pilot.whatIsTested,
      pilot.results,
      pilot.outcome ? PILOT_OUTCOME_LABELS_SV[pilot.outcome] : '',
    ]);
  });
  return buildSheetFile(format, 'Piloter och testbäddar', `piloter-${todayInSweden()}`, COLUMNS, rows);
}
