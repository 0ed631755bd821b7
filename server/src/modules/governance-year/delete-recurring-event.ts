import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteRecurringEventRow, findRecurringEventRow } from '@server/modules/governance-year/governance-year.repository';
import { presentRecurringEvent } from '@server/modules/governance-year/present-recurring-event';

/** Removes a recurring event from the årshjul (If-Match); the audit log keeps what it was. */
export async function deleteRecurringEvent(ctx: Ctx, id: string, expected: number): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const current = await findRecurringEventRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('recurring event');
    if (current.version !== expected) throw staleVersion();
    await deleteRecurringEventRow(tx, ctx, id);
    await recordAudit(tx, ctx, { action: 'governance_event.deleted', entityType: 'governance_event', entityId: id, before: presentRecurringEvent(current) });
  });
}
