import type { TInitiative } from '@domain/decisions.contracts';
import type { InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';

/** Shapes an initiative for the API. */
export function presentInitiative(record: InitiativeRecord): TInitiative {
  return { ...record, createdAt: record.createdAt.toISOString(), updatedAt: record.updatedAt.toISOString() };
}
