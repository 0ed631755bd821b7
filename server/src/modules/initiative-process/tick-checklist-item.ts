import type { TChecklistItem } from '@domain/process.contracts';
import { canWorkInitiative } from '@domain/initiative-policy';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { appendInitiativeEvent } from '@server/modules/initiative-process/initiative-events';
import { loadForChange } from '@server/modules/initiative-process/initiative-subject';
import { findChecklistItem, presentChecklistItem, setChecklistItemDone } from '@server/modules/initiative-process/initiative-checklist.repository';

/**
 * Ticks (or unticks) one checklist item, recording who and when. Setting the state it already has
 * changes nothing: ticking is idempotent, so it needs no If-Match (two people ticking different
 * items must not conflict), and the initiative's version is untouched.
 */
export async function tickChecklistItem(ctx: Ctx, initiativeId: string, itemId: string, done: boolean): Promise<TChecklistItem> {
  return inTenant(ctx, async (tx) => {
    await loadForChange(tx, ctx, initiativeId, canWorkInitiative);
    const item = await findChecklistItem(tx, ctx, initiativeId, itemId);
    if (!item) throw notFound('checklist item');
    if (item.done === done) return presentChecklistItem(item);
    const updated = await setChecklistItemDone(tx, ctx, itemId, done);
    await appendInitiativeEvent(tx, ctx, initiativeId, done ? 'checklist.ticked' : 'checklist.unticked', { itemId, stage: item.stage, text: item.text });
    await recordAudit(tx, ctx, {
      action: done ? 'initiative.checklist_ticked' : 'initiative.checklist_unticked',
      entityType: 'initiative',
      entityId: initiativeId,
      before: { itemId, done: item.done },
      after: { itemId, done, text: item.text },
    });
    return presentChecklistItem(updated);
  });
}
