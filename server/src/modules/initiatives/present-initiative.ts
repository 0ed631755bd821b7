import type { TInitiative } from '@domain/decisions.contracts';
import type { InitiativeRecord, InitiativeScope } from '@server/modules/initiatives/initiatives.repository';

/** How a decision taken before Digiplan is shown on its initiative: its date and reference. */
export type PreDigiplanDecision = { decisionDate: string; reference: string };

const NO_SCOPE: InitiativeScope = { focusAreas: [], units: [], allUnits: false };

/**
 * Shapes an initiative for the API; `preDigiplan` when its decision was taken before Digiplan,
 * `scope` its need's focus areas and units.
 */
export function presentInitiative(record: InitiativeRecord, preDigiplan: PreDigiplanDecision | null, scope: InitiativeScope | undefined): TInitiative {
  return {
    ...record,
    status: record.status as TInitiative['status'],
    endedAt: record.endedAt?.toISOString() ?? null,
    preDigiplan,
    ...(scope ?? NO_SCOPE),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
