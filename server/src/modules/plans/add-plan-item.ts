import { v7 as uuidv7 } from 'uuid';
import type { TPlanItem, TPlanItemInput } from '@domain/plans.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findPlanRow, insertItemRow, nextItemPosition, touchPlanRow } from '@server/modules/plans/plans.repository';
import { assertDraft } from '@server/modules/plans/plans.policy';
import { planItemValues } from '@server/modules/plans/plan-item-input';
import { loadPlanItem } from '@server/modules/plans/get-plan';
import { isPgError, PG_UNIQUE_VIOLATION } from '@server/modules/organizations/db-errors';

/** Puts an initiative, an assessed need or a free item in a draft plan, last in its order. */
export async function addPlanItem(ctx: Ctx, planId: string, input: TPlanItemInput): Promise<TPlanItem> {
  return inTenant(ctx, async (tx) => {
    const plan = await findPlanRow(tx, ctx, planId, { lock: true });
    if (!plan) throw notFound('plan');
    assertDraft(plan);
    const values = await planItemValues(tx, ctx, plan, input);
    const id = uuidv7();
    try {
      await insertItemRow(tx, ctx, { id, planId, key: uuidv7(), position: await nextItemPosition(tx, ctx, planId), ...values });
    } catch (error) {
      if (isPgError(error, PG_UNIQUE_VIOLATION)) throw new AppError('conflict', 'The item is already in the plan.', [{ path: 'body', code: 'duplicate' }]);
      throw error;
    }
    await touchPlanRow(tx, ctx, planId);
    await recordAudit(tx, ctx, { action: 'plan_item.added', entityType: 'plan_item', entityId: id, after: { planId, ...values } });
    return loadPlanItem(tx, ctx, plan, id);
  });
}
