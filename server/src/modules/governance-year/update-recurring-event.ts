import type { TRecurringEvent, TRecurringEventInput } from '@domain/governance-year.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findRecurringEventRow, updateRecurringEventRow } from '@server/modules/governance-year/governance-year.repository';
import { presentRecurringEvent, recurringEventValues } from '@server/modules/governance-year/present-recurring-event';

/** Saves a recurring event if nobody saved it since the administrator read it (If-Match); audited. */
export async function updateRecurringEvent(ctx: Ctx, id: string, input: TRecurringEventInput, expected: number): Promise<TRecurringEvent> {
  assertNoPersonalData({ name: input.name, description: input.description });
  return inTenant(ctx, async (tx) => {
    const current = await findRecurringEventRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('recurring event');
    if (current.version !== expected) throw staleVersion();
    const row = await updateRecurringEventRow(tx, ctx, id, expected, recurringEventValues(input));
    if (!row) throw staleVersion();
    const after = presentRecurringEvent(row);
    await recordAudit(tx, ctx, { action: 'governance_event.updated', entityType: 'governance_event', entityId: id, before: presentRecurringEvent(current), after });
    return after;
  });
}
