import type { TPlanItem, TPlanItemInput } from '@domain/plans.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findItemRow, findPlanRow, touchPlanRow, updateItemRow } from '@server/modules/plans/plans.repository';
import { assertDraft } from '@server/modules/plans/plans.policy';
import { planItemValues } from '@server/modules/plans/plan-item-input';
import { loadPlanItem } from '@server/modules/plans/get-plan';

/**
 * Saves an item of a draft plan (If-Match on the item). What it plans (need or initiative) stays
 * as it was placed; the priority suggestion is kept from then too.
 */
export async function updatePlanItem(ctx: Ctx, planId: string, itemId: string, input: TPlanItemInput, expected: number): Promise<TPlanItem> {
  return inTenant(ctx, async (tx) => {
    const plan = await findPlanRow(tx, ctx, planId, { lock: true });
    const current = plan && (await findItemRow(tx, ctx, planId, itemId, { lock: true }));
    if (!plan || !current) throw notFound('plan item');
    assertDraft(plan);
    if (current.version !== expected) throw staleVersion();
    const values = await planItemValues(tx, ctx, plan, { ...input, needId: current.needId, initiativeId: current.initiativeId });
    const row = await updateItemRow(tx, ctx, planId, itemId, expected, { ...values, prioritySuggestion: current.prioritySuggestion, priority: input.priority });
    if (!row) throw staleVersion();
    await touchPlanRow(tx, ctx, planId);
    const { organizationId: _o, createdAt: _c, updatedAt: _u, ...before } = current;
    await recordAudit(tx, ctx, { action: 'plan_item.updated', entityType: 'plan_item', entityId: itemId, before, after: { ...values, priority: input.priority } });
    return loadPlanItem(tx, ctx, plan, itemId);
  });
}
