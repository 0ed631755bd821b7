import type { ExportFormat } from '@domain/export.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { buildSheetFile, type SheetFile } from '@server/platform/http/sheet-export';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findWelfareTechViews } from '@server/modules/welfare-tech/welfare-tech.repository';
import { presentWelfareTech } from '@server/modules/welfare-tech/present-welfare-tech';
import { WELFARE_TECH_COLUMNS, welfareTechSheetRow } from '@server/modules/welfare-tech/welfare-tech-sheet';

/** The inventory (all dates, or one) as Excel or CSV; audited in the same transaction as the read. */
export async function exportWelfareTech(ctx: Ctx, format: ExportFormat, asOf?: string): Promise<SheetFile> {
  const items = await inTenant(ctx, async (tx) => {
    const rows = (await findWelfareTechViews(tx, ctx, { asOf })).map(presentWelfareTech);
    await recordAudit(tx, ctx, { action: 'welfare_tech.exported', entityType: 'welfare_tech', after: { format, asOf: asOf ?? null, rowCount: rows.length } });
    return rows;
  });
  return buildSheetFile(format, 'Välfärdsteknik', `valfardsteknik-${asOf ?? 'alla'}`, WELFARE_TECH_COLUMNS, items.map(welfareTechSheetRow));
}
