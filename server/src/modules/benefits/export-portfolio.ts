import { focusAreasLabel } from '@domain/need-scope';
import { todayInSweden } from '@domain/decisions.contracts';
import type { TPortfolioQuery } from '@domain/benefit-follow-up.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { buildSheetWorkbook, type SheetColumn } from '@server/platform/http/xlsx';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { portfolioIn } from '@server/modules/benefits/find-portfolio';

const kronor = (ore: string) => Number(BigInt(ore)) / 100; // only for the spreadsheet cell; the sums were exact

const COLUMNS: SheetColumn[] = [
  { header: 'Initiativ', width: 40 },
  { header: 'Fokusområde', width: 24 },
  { header: 'Steg', width: 6 },
  { header: 'Planerad kostnad (kr)', width: 18, format: 'decimal' },
  { header: 'Planerad nytta låg (kr)', width: 18, format: 'decimal' },
  { header: 'Planerad nytta hög (kr)', width: 18, format: 'decimal' },
  { header: 'Utfall kostnad (kr)', width: 18, format: 'decimal' },
  { header: 'Utfall nytta (kr)', width: 18, format: 'decimal' },
  { header: 'Gap (kr)', width: 16, format: 'decimal' },
  { header: 'Nyttor', width: 8 },
  { header: 'Realiserade', width: 10 },
  { header: 'I riskzonen', width: 10 },
  { header: 'Att mäta', width: 9 },
];

/** The portfolio benefit view as an Excel file; the export is recorded in the audit log. */
export async function exportPortfolio(ctx: Ctx, query: TPortfolioQuery): Promise<{ workbook: Buffer; filename: string }> {
  const portfolio = await inTenant(ctx, async (tx) => {
    const found = await portfolioIn(tx, ctx, query);
    await recordAudit(tx, ctx, { action: 'benefit_portfolio.exported', entityType: 'benefit_portfolio', after: { filters: query, rowCount: found.rows.length } });
    return found;
  });
  const rows = portfolio.rows.map((r) => [
    r.title,
    focusAreasLabel(r.focusAreas),
    r.stage,
    kronor(r.plannedCost),
    kronor(r.plannedBenefitLow),
    kronor(r.plannedBenefitHigh),
    kronor(r.actualCost),
    kronor(r.actualBenefit),
    kronor(r.gap),
    r.benefitCount,
    r.realisedCount,
    r.atRiskCount,
    r.dueCount,
  ]);
  return { workbook: await buildSheetWorkbook('Nyttorealisering', COLUMNS, rows), filename: `nyttorealisering-${todayInSweden()}.xlsx` };
}
