import type { TRecurringEvent } from '@domain/governance-year.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findRecurringEventRow, findRecurringEventRows } from '@server/modules/governance-year/governance-year.repository';
import { presentRecurringEvent } from '@server/modules/governance-year/present-recurring-event';

/** The organisation's recurring events, by name. */
export async function findRecurringEvents(ctx: Ctx): Promise<TRecurringEvent[]> {
  return inTenantRead(ctx, async (tx) => (await findRecurringEventRows(tx, ctx)).map(presentRecurringEvent));
}

/** One recurring event (404 for another organisation's). */
export async function getRecurringEvent(ctx: Ctx, id: string): Promise<TRecurringEvent> {
  return inTenantRead(ctx, async (tx) => {
    const row = await findRecurringEventRow(tx, ctx, id);
    if (!row) throw notFound('recurring event');
    return presentRecurringEvent(row);
  });
}
