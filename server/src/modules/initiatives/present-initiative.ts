import type { TInitiative } from '@domain/decisions.contracts';
import type { InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';

/** How a decision taken before Digiplan is shown on its initiative: its date and reference. */
export type PreDigiplanDecision = { decisionDate: string; reference: string };

/** Shapes an initiative for the API; `preDigiplan` when its decision was taken before Digiplan. */
export function presentInitiative(record: InitiativeRecord, preDigiplan: PreDigiplanDecision | null = null): TInitiative {
  return {
    ...record,
    status: record.status as TInitiative['status'],
    endedAt: record.endedAt?.toISOString() ?? null,
    preDigiplan,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
