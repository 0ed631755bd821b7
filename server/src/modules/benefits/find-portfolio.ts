import { todayInSweden } from '@domain/decisions.contracts';
import type { TPortfolio, TPortfolioQuery } from '@domain/benefit-follow-up.contracts';
import type { BenefitStatus } from '@domain/benefit-status';
import type { Tx } from '@server/platform/db/database';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findAllBenefits, findMeasurements } from '@server/modules/benefits/benefits.repository';
import { findAllCalculations } from '@server/modules/benefits/calculations.repository';
import { findInitiativeTitles } from '@server/modules/benefits/initiative-titles';
import { dueMeasurementsIn } from '@server/modules/benefits/find-due-measurements';
import { presentBenefit } from '@server/modules/benefits/present-benefit';
import { summarisePortfolio } from '@server/modules/benefits/portfolio-summary';

/** Gathers the organisation's benefits, calculations and due measurements into the portfolio view. */
export async function portfolioIn(tx: Tx, ctx: Ctx, query: TPortfolioQuery): Promise<TPortfolio> {
  const today = todayInSweden();
  const initiatives = await findInitiativeTitles(tx, ctx);
  const benefitRows = await findAllBenefits(tx, ctx);
  const measurements = await findMeasurements(tx, ctx, benefitRows.map((b) => b.id));
  const statuses = new Map<string, BenefitStatus[]>();
  for (const row of benefitRows) {
    const status = presentBenefit(row, measurements.filter((m) => m.benefitId === row.id), today).status;
    statuses.set(row.initiativeId, [...(statuses.get(row.initiativeId) ?? []), status]);
  }
  const dueCounts = new Map<string, number>();
  for (const due of await dueMeasurementsIn(tx, ctx, today)) dueCounts.set(due.initiativeId, (dueCounts.get(due.initiativeId) ?? 0) + 1);
  const calculations = new Map((await findAllCalculations(tx, ctx)).map((c) => [c.initiativeId, c.calculation]));
  return summarisePortfolio({ initiatives: [...initiatives.values()], calculations, statuses, dueCounts }, query);
}

/** The portfolio benefit view for the caller's organisation. */
export async function findPortfolio(ctx: Ctx, query: TPortfolioQuery): Promise<TPortfolio> {
  return inTenantRead(ctx, (tx) => portfolioIn(tx, ctx, query));
}
