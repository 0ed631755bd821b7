import { todayInSweden } from '@domain/decisions.contracts';
import type { ExportFormat } from '@domain/export.contracts';
import { INTEGRATION_DIRECTION_LABELS_SV, INTEGRATION_METHOD_LABELS_SV } from '@domain/integrations.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { buildSheetFile, type SheetFile } from '@server/platform/http/sheet-export';
import type { SheetColumn } from '@server/platform/http/xlsx';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findIntegrationViews } from '@server/modules/systems/integrations.repository';

const COLUMNS: SheetColumn[] = [
  { header: 'Från system', width: 22 },
  { header: 'Till system', width: 22 },
  { header: 'Riktning', width: 12 },
  { header: 'Information', width: 40 },
  { header: 'Metod', width: 12 },
  { header: 'Dubbelregistrering', width: 18 },
];

/** The integrations as Excel or CSV; audited in the same transaction as the read. */
export async function exportIntegrations(ctx: Ctx, format: ExportFormat): Promise<SheetFile> {
  const rows = await inTenant(ctx, async (tx) => {
    const views = await findIntegrationViews(tx, ctx);
    await recordAudit(tx, ctx, { action: 'integration.exported', entityType: 'integration', after: { format, rowCount: views.length } });
    return views;
  });
  return buildSheetFile(
    format,
    'Integrationer',
    `integrationer-${todayInSweden()}`,
    COLUMNS,
    rows.map((row) => [
      row.fromSystemName,
      row.toSystemName,
      INTEGRATION_DIRECTION_LABELS_SV[row.direction as 'one_way'],
      row.information,
      INTEGRATION_METHOD_LABELS_SV[row.method as 'api'],
      row.doubleEntry ? 'Ja' : 'Nej',
    ]),
  );
}
