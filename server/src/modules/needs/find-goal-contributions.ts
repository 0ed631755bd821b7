import type { TGoalContributions } from '@domain/goal-links.contracts';
import type { NeedStatus } from '@domain/needs.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { findGoalContributionRows } from '@server/modules/needs/need-goals.repository';
import { findStrategicGoalRow } from '@server/modules/organizations/strategic-goals.repository';
/** What contributes to a goal: the needs that serve it and the initiatives they became. */
export async function findGoalContributions(ctx: Ctx, goalId: string): Promise<TGoalContributions> {
  return inTenantRead(ctx, async (tx) => {
    const goal = await findStrategicGoalRow(tx, ctx, goalId);
    if (!goal) throw notFound('strategic goal');
    authorize(ctx, 'need:read');
    const rows = await findGoalContributionRows(tx, ctx, goalId);
    return {
      goal: { id: goal.id, title: goal.title },
      needs: rows.map((row) => ({ id: row.id, number: row.number, title: row.title, status: row.status as NeedStatus })),
      initiatives: rows.flatMap((row) => (row.initiativeId ? [{ id: row.initiativeId, title: row.initiativeTitle!, stage: row.stage!, status: row.initiativeStatus! }] : [])),
    };
  });
}
