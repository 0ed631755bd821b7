import type { RecurringEventKind, TRecurringEvent, TRecurringEventInput } from '@domain/governance-year.contracts';
import type { Role } from '@domain/roles';
import type { RecurringEventRow, RecurringEventValues } from '@server/modules/governance-year/governance-year.repository';

/** A recurring event as the API answers it. */
export function presentRecurringEvent(row: RecurringEventRow): TRecurringEvent {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as RecurringEventKind,
    months: [...row.months].sort((a, b) => a - b),
    dayOfMonth: row.dayOfMonth,
    responsibleRole: row.responsibleRole as Role | null,
    description: row.description,
    version: row.version,
  };
}

/** The columns of a recurring event (months stored in calendar order). */
export function recurringEventValues(input: TRecurringEventInput): RecurringEventValues {
  return { ...input, months: [...input.months].sort((a, b) => a - b) };
}
