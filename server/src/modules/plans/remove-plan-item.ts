import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteItemRow, findItemRow, findPlanRow, touchPlanRow } from '@server/modules/plans/plans.repository';
import { assertDraft } from '@server/modules/plans/plans.policy';

/** Takes an item out of a draft plan (If-Match); the initiative or need itself is untouched. */
export async function removePlanItem(ctx: Ctx, planId: string, itemId: string, expected: number): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const plan = await findPlanRow(tx, ctx, planId, { lock: true });
    const current = plan && (await findItemRow(tx, ctx, planId, itemId, { lock: true }));
    if (!plan || !current) throw notFound('plan item');
    assertDraft(plan);
    if (!(await deleteItemRow(tx, ctx, planId, itemId, expected))) throw staleVersion();
    await touchPlanRow(tx, ctx, planId);
    await recordAudit(tx, ctx, { action: 'plan_item.removed', entityType: 'plan_item', entityId: itemId, before: { planId, title: current.title, needId: current.needId, initiativeId: current.initiativeId } });
  });
}
