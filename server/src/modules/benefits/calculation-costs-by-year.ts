import { costLineAmount, periodYears } from '@domain/cost-benefit';
import type { Ore } from '@domain/money';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { findAllCalculations } from '@server/modules/benefits/calculations.repository';

/**
 * The nyttokalkyl's cost per calendar year of each initiative that has one, for the plan's
 * resources per year — so money already entered in a calculation is never entered again in a plan.
 */
export async function findCalculationCostsByYear(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, initiativeIds: readonly string[]): Promise<Map<string, Map<number, Ore>>> {
  const wanted = new Set(initiativeIds);
  const result = new Map<string, Map<number, Ore>>();
  if (wanted.size === 0) return result;
  for (const row of await findAllCalculations(tx, ctx)) {
    if (!wanted.has(row.initiativeId)) continue;
    const byYear = new Map<number, Ore>();
    for (const year of periodYears(row.calculation)) {
      byYear.set(year, row.calculation.costs.reduce((sum, line) => sum + costLineAmount(line, year), 0n));
    }
    result.set(row.initiativeId, byYear);
  }
  return result;
}
