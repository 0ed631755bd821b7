import type { TPlan } from '@domain/plans.contracts';
import type { Tx } from '@server/platform/db/database';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findCalculationCostsByYear } from '@server/modules/benefits/calculation-costs-by-year';
import { findFocusAreaNames, findItemRow, findItemRows, findItemSourceFacts, findPlanRow, findSeriesRows, findUserName, type PlanRow } from '@server/modules/plans/plans.repository';
import { planPermissions } from '@server/modules/plans/plans.policy';
import { presentPlan, presentPlanItem } from '@server/modules/plans/present-plan';
import type { TPlanItem } from '@domain/plans.contracts';

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

/** Presents one item of a plan after a write, without loading the whole plan (plans can hold hundreds). */
export async function loadPlanItem(tx: Tx, ctx: Ctx, plan: PlanRow, itemId: string): Promise<TPlanItem> {
  const row = (await findItemRow(tx, ctx, plan.id, itemId))!;
  const facts = {
    focusAreaNames: await findFocusAreaNames(tx, ctx),
    sourceFacts: await findItemSourceFacts(tx, ctx, plan.id, itemId),
    calculationCosts: await findCalculationCostsByYear(tx, ctx, row.initiativeId ? [row.initiativeId] : []),
  };
  return presentPlanItem(row, { startYear: plan.startYear, endYear: plan.endYear }, facts);
}
