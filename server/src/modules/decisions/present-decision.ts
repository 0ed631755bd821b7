import type { TDecision } from '@domain/decisions.contracts';
import type { DecisionRecord } from '@server/modules/decisions/decisions.repository';

/** Shapes a stored decision for the API, with the initiative it created (if it did). */
export function presentDecision(record: DecisionRecord, initiativeId: string | null): TDecision {
  return { ...record, createdAt: record.createdAt.toISOString(), initiativeId };
}
