import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import type { InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';
import { copyChecklistToInitiative, copyChecklistToInitiatives } from '@server/modules/initiative-process/initiative-checklist.repository';
import { appendInitiativeEvent, appendInitiativeEvents } from '@server/modules/initiative-process/initiative-events';

/**
 * Starts a new initiative's process, in the decision's transaction: its checklist for all stages
 * (from the organisation's templates for its form) and the first timeline entry, the decision.
 */
export async function startInitiativeProcess(tx: Tx, ctx: Ctx, initiative: InitiativeRecord): Promise<void> {
  await copyChecklistToInitiative(tx, ctx, initiative.id, initiative.form);
  await appendInitiativeEvent(tx, ctx, initiative.id, 'initiative.decided', {
    decisionId: initiative.decisionId,
    form: initiative.form,
    ownerName: initiative.ownerName,
    plannedStartYear: initiative.plannedStartYear,
  });
}

/** The same for many new initiatives at once (an imported plan): a few statements instead of a few per initiative. */
export async function startInitiativeProcesses(tx: Tx, ctx: Ctx, initiatives: readonly InitiativeRecord[]): Promise<void> {
  await copyChecklistToInitiatives(tx, ctx, initiatives.map((initiative) => ({ initiativeId: initiative.id, form: initiative.form })));
  await appendInitiativeEvents(
    tx,
    ctx,
    initiatives.map((initiative) => ({
      initiativeId: initiative.id,
      kind: 'initiative.decided',
      payload: { decisionId: initiative.decisionId, form: initiative.form, ownerName: initiative.ownerName, plannedStartYear: initiative.plannedStartYear },
    })),
  );
}
