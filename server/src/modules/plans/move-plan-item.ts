import type { TMovePlanItemRequest, TPlanItem } from '@domain/plans.contracts';
import { formatTiming, HORIZON_LABELS_SV, type Horizon } from '@domain/plan-timing';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { appendInitiativeEvent } from '@server/modules/initiative-process/initiative-events';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findItemRow, findPlanRow, touchPlanRow, updateItemRow } from '@server/modules/plans/plans.repository';
import { assertDraft } from '@server/modules/plans/plans.policy';
import { throwIfIssues, timingFieldIssues } from '@server/modules/plans/plan-item-input';
import { itemTiming } from '@server/modules/plans/present-plan';
import { loadPlanItem } from '@server/modules/plans/get-plan';

/**
 * Moves an item to another time or horizon, with the reason why. The move is audited and, for an
 * initiative, written on its timeline ("Flyttad i planen från 2023 till 2024: …").
 */
export async function movePlanItem(ctx: Ctx, planId: string, itemId: string, input: TMovePlanItemRequest, expected: number): Promise<TPlanItem> {
  return inTenant(ctx, async (tx) => {
    const plan = await findPlanRow(tx, ctx, planId, { lock: true });
    const current = plan && (await findItemRow(tx, ctx, planId, itemId, { lock: true }));
    if (!plan || !current) throw notFound('plan item');
    assertDraft(plan);
    if (current.version !== expected) throw staleVersion();
    assertNoPersonalData({ reason: input.reason });
    throwIfIssues(timingFieldIssues(input.timing, plan, 'body.timing'));
    const row = await updateItemRow(tx, ctx, planId, itemId, expected, { timing: input.timing, horizon: input.horizon });
    if (!row) throw staleVersion();
    await touchPlanRow(tx, ctx, planId);
    const from = { timing: formatTiming(itemTiming(current)), horizon: current.horizon };
    const to = { timing: formatTiming(input.timing), horizon: input.horizon };
    await recordAudit(tx, ctx, { action: 'plan_item.moved', entityType: 'plan_item', entityId: itemId, before: from, after: { ...to, reason: input.reason } });
    if (current.initiativeId) {
      const where = (t: { timing: string; horizon: string }) => `${t.timing} (${HORIZON_LABELS_SV[t.horizon as Horizon].toLowerCase()})`;
      await appendInitiativeEvent(tx, ctx, current.initiativeId, 'plan.item_moved', {
        planTitle: plan.title,
        from: from.timing,
        to: to.timing,
        reason: input.reason,
        summary: `Flyttad i planen "${plan.title}" från ${where(from)} till ${where(to)}: ${input.reason}`,
      });
    }
    return loadPlanItem(tx, ctx, plan, itemId);
  });
}
