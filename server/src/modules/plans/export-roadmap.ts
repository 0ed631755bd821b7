import type { ExportFormat } from '@domain/export.contracts';
import { formatMoney } from '@domain/money';
import { HORIZON_LABELS_SV } from '@domain/plan-timing';
import { recordAudit } from '@server/platform/audit/audit';
import { buildSheetFile, type SheetFile } from '@server/platform/http/sheet-export';
import type { SheetColumn } from '@server/platform/http/xlsx';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { fileNamePart } from '@server/platform/http/download';
import { getPlan } from '@server/modules/plans/get-plan';
import { priorityText } from '@server/modules/plans/plan-document';

const COLUMNS: SheetColumn[] = [
  { header: 'Nr', width: 8 },
  { header: 'Möjlighet/förändring', width: 40 },
  { header: 'När', width: 14 },
  { header: 'Sikt', width: 16 },
  { header: 'Fokusområde', width: 24 },
  { header: 'Prioritet', width: 22 },
  { header: 'Steg', width: 8 },
  { header: 'Vad', width: 40 },
  { header: 'Varför', width: 40 },
  { header: 'Hur', width: 40 },
  { header: 'Önskad nyttoeffekt', width: 40 },
  { header: 'Kostnad, uppskattad', width: 28 },
  { header: 'Kostnad i planen', width: 24 },
];

/** The roadmap's rows — the plan's items with time, horizon, priority and cost — as Excel or CSV; audited. */
export async function exportRoadmap(ctx: Ctx, planId: string, format: ExportFormat): Promise<SheetFile> {
  const plan = await getPlan(ctx, planId);
  const rows = plan.items.map((item) => {
    const low = item.moneyByYear.reduce((s, y) => s + BigInt(y.low), 0n);
    const high = item.moneyByYear.reduce((s, y) => s + BigInt(y.high), 0n);
    const planned = item.moneyByYear.some((y) => y.source !== 'unknown') ? (low === high ? formatMoney(low) : `${formatMoney(low)}–${formatMoney(high)}`) : '';
    return [
      item.needNumber === null ? '' : `B-${item.needNumber}`,
      item.title,
      item.timingText,
      HORIZON_LABELS_SV[item.horizon],
      item.focusAreaName ?? '',
      priorityText(item),
      item.initiativeStage === null ? '' : String(item.initiativeStage),
      item.what,
      item.why,
      item.how,
      item.expectedBenefit,
      item.costText,
      planned,
    ];
  });
  await inTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'plan.roadmap_exported', entityType: 'plan', entityId: planId, after: { format, rowCount: rows.length } }));
  return buildSheetFile(format, 'Färdplan', `fardplan-${fileNamePart(plan.title) || 'plan'}`, COLUMNS, rows);
}
