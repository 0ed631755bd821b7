import { todayInSweden, type TDecisionLogExportQuery } from '@domain/decisions.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { EXPORT_ROW_LIMIT } from '@server/platform/http/xlsx';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findDecisionLog } from '@server/modules/decisions/decisions.repository';
import { buildDecisionLogWorkbook } from '@server/modules/decisions/decision-log-workbook';

/** A finished export: the workbook and the file name to offer. */
export type DecisionLogExport = { workbook: Buffer; filename: string; rowCount: number };

/**
 * The decision log, filtered by outcome and year like the page, as an Excel file (at most 10 000
 * decisions, newest first). The export is audited in the read's transaction with the filters and
 * row count, because it takes the organisation's decisions out of Digiplan.
 */
export async function exportDecisionLog(ctx: Ctx, query: TDecisionLogExportQuery): Promise<DecisionLogExport> {
  authorize(ctx, 'decision:read');
  const rows = await inTenant(ctx, async (tx) => {
    const found = await findDecisionLog(tx, ctx, { outcome: query.outcome, year: query.year, limit: EXPORT_ROW_LIMIT + 1 });
    const kept = found.slice(0, EXPORT_ROW_LIMIT);
    await recordAudit(tx, ctx, {
      action: 'decision.exported',
      entityType: 'decision',
      after: { filters: query, rowCount: kept.length, truncated: found.length > EXPORT_ROW_LIMIT },
    });
    return kept;
  });
  return { workbook: await buildDecisionLogWorkbook(rows), filename: `beslutslogg-${todayInSweden()}.xlsx`, rowCount: rows.length };
}
