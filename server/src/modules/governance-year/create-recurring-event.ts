import { v7 as uuidv7 } from 'uuid';
import type { TRecurringEvent, TRecurringEventInput } from '@domain/governance-year.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { insertRecurringEventRow } from '@server/modules/governance-year/governance-year.repository';
import { presentRecurringEvent, recurringEventValues } from '@server/modules/governance-year/present-recurring-event';

/** The administrator adds a recurring event to the årshjul; audited. */
export async function createRecurringEvent(ctx: Ctx, input: TRecurringEventInput): Promise<TRecurringEvent> {
  assertNoPersonalData({ name: input.name, description: input.description });
  return inTenant(ctx, async (tx) => {
    const after = presentRecurringEvent(await insertRecurringEventRow(tx, ctx, uuidv7(), recurringEventValues(input)));
    await recordAudit(tx, ctx, { action: 'governance_event.created', entityType: 'governance_event', entityId: after.id, after });
    return after;
  });
}
