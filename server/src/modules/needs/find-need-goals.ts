import type { TNeedGoals } from '@domain/goal-links.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { findNeedRow } from '@server/modules/needs/needs.repository';
import { findNeedGoalRows } from '@server/modules/needs/need-goals.repository';
/** The strategic goals a need serves (404 outside the organisation). */
export async function findNeedGoals(ctx: Ctx, needId: string): Promise<TNeedGoals> {
  return inTenantRead(ctx, async (tx) => {
    if (!(await findNeedRow(tx, ctx, needId))) throw notFound('need');
    authorize(ctx, 'need:read');
    return { items: await findNeedGoalRows(tx, ctx, needId) };
  });
}
