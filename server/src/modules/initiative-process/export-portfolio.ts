import { todayInSweden } from '@domain/decisions.contracts';
import type { TPortfolioQuery } from '@domain/process.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { EXPORT_ROW_LIMIT } from '@server/platform/http/xlsx';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { readPortfolio } from '@server/modules/initiative-process/find-portfolio';
import { buildPortfolioWorkbook } from '@server/modules/initiative-process/portfolio-workbook';

/** The portfolio with the page's filters as an Excel file; taking it out is audited with the filters and row count. */
export async function exportPortfolio(ctx: Ctx, query: TPortfolioQuery): Promise<{ workbook: Buffer; filename: string }> {
  authorize(ctx, 'initiative:read');
  const rows = await inTenant(ctx, async (tx) => {
    const found = await readPortfolio(tx, ctx, query);
    const kept = found.slice(0, EXPORT_ROW_LIMIT);
    await recordAudit(tx, ctx, { action: 'initiative.portfolio_exported', entityType: 'initiative', after: { filters: query, rowCount: kept.length, truncated: found.length > EXPORT_ROW_LIMIT } });
    return kept;
  });
  return { workbook: await buildPortfolioWorkbook(rows), filename: `initiativportfolj-${todayInSweden()}.xlsx` };
}
