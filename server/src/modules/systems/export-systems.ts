import { todayInSweden } from '@domain/decisions.contracts';
import type { ExportFormat } from '@domain/export.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { buildSheetFile, type SheetFile } from '@server/platform/http/sheet-export';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { countDoneTasks, findSystemRows, findUnitNamesBySystem } from '@server/modules/systems/systems.repository';
import { presentSystemSummary } from '@server/modules/systems/present-system';
import { SYSTEM_COLUMNS, systemSheetRow } from '@server/modules/systems/systems-sheet';

/** The system list as Excel or CSV; taking it out of Digiplan is audited in the same transaction. */
export async function exportSystems(ctx: Ctx, format: ExportFormat): Promise<SheetFile> {
  const rows = await inTenant(ctx, async (tx) => {
    const done = await countDoneTasks(tx, ctx);
    const unitNames = await findUnitNamesBySystem(tx, ctx);
    const systems = await findSystemRows(tx, ctx);
    await recordAudit(tx, ctx, { action: 'system.exported', entityType: 'system', after: { format, rowCount: systems.length } });
    return systems.map((row) => systemSheetRow(presentSystemSummary(row, done.get(row.id) ?? 0), unitNames.get(row.id) ?? []));
  });
  return buildSheetFile(format, 'Systemlista', `systemlista-${todayInSweden()}`, SYSTEM_COLUMNS, rows);
}
