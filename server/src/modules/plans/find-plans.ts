import { and, count, eq } from 'drizzle-orm';
import type { TPlanSummary } from '@domain/plans.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findPlanRows } from '@server/modules/plans/plans.repository';
import { planItems } from '@server/modules/plans/plans.tables';

/** The organisation's plans: the newest version of each, with its status and number of items. */
export async function findPlans(ctx: Ctx): Promise<TPlanSummary[]> {
  return inTenantRead(ctx, async (tx) => {
    const rows = await findPlanRows(tx, ctx);
    const counts = await tx
      .select({ planId: planItems.planId, n: count() })
      .from(planItems)
      .where(and(eq(planItems.organizationId, ctx.organizationId)))
      .groupBy(planItems.planId);
    const itemCount = new Map(counts.map((row) => [row.planId, row.n]));
    const seen = new Set<string>();
    const latest = rows.filter((row) => !seen.has(row.seriesId) && seen.add(row.seriesId));
    return latest.map((row) => ({
      id: row.id,
      seriesId: row.seriesId,
      title: row.title,
      startYear: row.startYear,
      endYear: row.endYear,
      status: row.status as TPlanSummary['status'],
      versionNumber: row.versionNumber,
      fixedOn: row.fixedOn,
      itemCount: itemCount.get(row.id) ?? 0,
    }));
  });
}
