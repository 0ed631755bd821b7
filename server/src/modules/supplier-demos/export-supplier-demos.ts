import { todayInSweden } from '@domain/decisions.contracts';
import type { ExportFormat } from '@domain/export.contracts';
import type { TSupplierDemoInput } from '@domain/supplier-demos.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { buildSheetFile, type SheetFile } from '@server/platform/http/sheet-export';
import { excelDate, type SheetCell, type SheetColumn } from '@server/platform/http/xlsx';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findDemoNeeds, findSupplierDemoRows } from '@server/modules/supplier-demos/supplier-demos.repository';

const COLUMNS: SheetColumn[] = [
  { header: 'Datum', width: 12, format: 'date' },
  { header: 'Visning', width: 28 },
  { header: 'Plats', width: 20 },
  { header: 'Leverantör', width: 22 },
  { header: 'Produkt', width: 22 },
  { header: 'Vem är den till för?', width: 36 },
  { header: 'Vilket problem löser den?', width: 36 },
  { header: 'Vad skiljer den från andra?', width: 36 },
  { header: 'Behov', width: 30 },
  { header: 'Reflektion', width: 40 },
];

/** The demos as Excel or CSV, one row per presentation; audited in the same transaction as the read. */
export async function exportSupplierDemos(ctx: Ctx, format: ExportFormat): Promise<SheetFile> {
  const rows = await inTenant(ctx, async (tx) => {
    const demos = await findSupplierDemoRows(tx, ctx);
    const links = await findDemoNeeds(tx, ctx, demos.map((demo) => demo.id));
    await recordAudit(tx, ctx, { action: 'supplier_demo.exported', entityType: 'supplier_demo', after: { format, rowCount: demos.length } });
    return demos.flatMap((demo): SheetCell[][] => {
      const needs = links.filter((link) => link.demoId === demo.id).map((link) => `B-${link.number} ${link.title}`).join(', ');
      return (demo.presentations as TSupplierDemoInput['presentations']).map((p) => [
        excelDate(demo.heldOn),
        demo.title,
        demo.place,
        p.supplier,
        p.product,
        p.forWhom,
        p.problemSolved,
        p.difference,
        needs,
        demo.reflection,
      ]);
    });
  });
  return buildSheetFile(format, 'Leverantörsvisningar', `leverantorsvisningar-${todayInSweden()}`, COLUMNS, rows);
}
