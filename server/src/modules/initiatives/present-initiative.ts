import type { TInitiative } from '@domain/decisions.contracts';
import type { InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';

/** Shapes an initiative for the API. */
export function presentInitiative(record: InitiativeRecord): TInitiative {
  return {
    ...record,
    status: record.status as TInitiative['status'],
    endedAt: record.endedAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
