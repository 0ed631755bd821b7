import type { TPlan } from '@domain/plans.contracts';
import type { Tx } from '@server/platform/db/database';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findCalculationCostsByYear } from '@server/modules/benefits/calculation-costs-by-year';
import { findFocusAreaNames, findItemRows, findItemSourceFacts, findPlanRow, findSeriesRows, findUserName, type PlanRow } from '@server/modules/plans/plans.repository';
import { planPermissions } from '@server/modules/plans/plans.policy';
import { presentPlan } from '@server/modules/plans/present-plan';

/** Loads and presents one plan version inside an open transaction (used after writes too). */
export async function loadPlan(tx: Tx, ctx: Ctx, row: PlanRow): Promise<TPlan> {
  const items = await findItemRows(tx, ctx, row.id);
  const initiativeIds = items.flatMap((item) => (item.initiativeId ? [item.initiativeId] : []));
  const [focusAreaNames, sourceFacts, calculationCosts, fixedByName, series] = [
    await findFocusAreaNames(tx, ctx),
    await findItemSourceFacts(tx, ctx, row.id),
    await findCalculationCostsByYear(tx, ctx, initiativeIds),
    await findUserName(tx, row.fixedBy),
    await findSeriesRows(tx, ctx, row.seriesId),
  ];
  return presentPlan(row, items, { focusAreaNames, sourceFacts, calculationCosts, fixedByName, series, permissions: planPermissions(ctx, row, series) });
}

/** One plan version with its items, resources per year and versions; 404 outside the organisation. */
export async function getPlan(ctx: Ctx, id: string): Promise<TPlan> {
  return inTenantRead(ctx, async (tx) => {
    const row = await findPlanRow(tx, ctx, id);
    if (!row) throw notFound('plan');
    return loadPlan(tx, ctx, row);
  });
}
