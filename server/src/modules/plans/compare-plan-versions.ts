import type { TPlanComparison } from '@domain/plans.contracts';
import { diffPlanItems, type DiffItem } from '@domain/plan-diff';
import { formatCostEstimate } from '@domain/cost-estimate';
import { formatTiming, type Horizon } from '@domain/plan-timing';
import type { PlanPriority } from '@domain/plan-priority';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findItemRows, findPlanRow, type PlanItemRow, type PlanRow } from '@server/modules/plans/plans.repository';
import { itemCost, itemTiming } from '@server/modules/plans/present-plan';

const asDiffItem = (row: PlanItemRow): DiffItem => ({ key: row.key, title: row.title, timing: itemTiming(row), horizon: row.horizon as Horizon, cost: itemCost(row), priority: row.priority as PlanPriority | null });
const wire = (item: DiffItem) => ({ key: item.key, title: item.title, timingText: formatTiming(item.timing), horizon: item.horizon, costText: formatCostEstimate(item.cost), priority: item.priority });
const summary = (row: PlanRow) => ({ id: row.id, versionNumber: row.versionNumber, status: row.status as 'draft' | 'fixed', fixedOn: row.fixedOn, decisionReference: row.decisionReference });

/** What was added, removed, moved, re-costed or re-prioritised from one version of a plan to another. */
export async function comparePlanVersions(ctx: Ctx, id: string, otherId: string): Promise<TPlanComparison> {
  return inTenantRead(ctx, async (tx) => {
    const [to, from] = [await findPlanRow(tx, ctx, id), await findPlanRow(tx, ctx, otherId)];
    if (!to || !from || to.seriesId !== from.seriesId) throw notFound('plan');
    const diff = diffPlanItems((await findItemRows(tx, ctx, from.id)).map(asDiffItem), (await findItemRows(tx, ctx, to.id)).map(asDiffItem));
    return {
      from: summary(from),
      to: summary(to),
      added: diff.added.map(wire),
      removed: diff.removed.map(wire),
      changed: diff.changed.map((change) => ({ key: change.key, title: change.title, kinds: change.kinds, before: wire(change.before), after: wire(change.after) })),
      unchangedCount: diff.unchangedCount,
    };
  });
}
