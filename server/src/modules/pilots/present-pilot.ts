import type { TPilot, TPilotPartner } from '@domain/pilots.contracts';
import type { PilotStatus, PilotOutcome } from '@domain/pilots.contracts';
import type { PilotView } from '@server/modules/pilots/pilots.repository';

/**
 * A pilot as the API (and the audit log) shows it. Kept in its own file so that the shared
 * library can publish a pilot in the same shape later.
 */
export function presentPilot(view: PilotView): TPilot {
  return {
    id: view.id,
    initiativeId: view.initiativeId,
    initiativeTitle: view.initiativeTitle,
    title: view.title,
    unitId: view.unitId,
    unitName: view.unitName,
    environment: view.environment,
    startsOn: view.startsOn,
    endsOn: view.endsOn,
    partners: view.partners as TPilotPartner[],
    whatIsTested: view.whatIsTested,
    status: view.status as PilotStatus,
    results: view.results,
    outcome: view.outcome as PilotOutcome | null,
    version: view.version,
    updatedAt: view.updatedAt.toISOString(),
  };
}
