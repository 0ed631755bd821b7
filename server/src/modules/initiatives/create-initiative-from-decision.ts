import type { InitiativeForm } from '@domain/decisions.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { isPgError, PG_UNIQUE_VIOLATION } from '@server/modules/organizations/db-errors';
import { startInitiativeProcess, startInitiativeProcesses } from '@server/modules/initiative-process/start-process';
import { insertInitiative, insertInitiatives, type InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';
import type { AuditEntry } from '@server/platform/audit/audit';

/**
 * Turns a need OLG decided to proceed with into an initiative at stage 1, in the decision's
 * transaction (the decisions module calls this; nobody else creates initiatives). A need becomes
 * an initiative only once: a second attempt is 409, guaranteed by a unique index.
 */
export async function createInitiativeFromDecision(
  tx: Tx,
  ctx: Ctx,
  input: { needId: string; decisionId: string; title: string; form: InitiativeForm; ownerName: string; plannedStartYear: number },
): Promise<InitiativeRecord> {
  let initiative: InitiativeRecord;
  try {
    // A savepoint, so the unique violation can be answered as 409 without poisoning the transaction.
    initiative = await tx.transaction((savepoint) => insertInitiative(savepoint, ctx, input));
  } catch (error) {
    if (isPgError(error, PG_UNIQUE_VIOLATION)) throw new AppError('invalid_state', 'The need is already an initiative.');
    throw error;
  }
  await startInitiativeProcess(tx, ctx, initiative);
  await recordAudit(tx, ctx, { action: 'initiative.created', entityType: 'initiative', entityId: initiative.id, after: initiative });
  return initiative;
}

/**
 * Many initiatives from decisions on needs created in the same transaction (an imported plan's
 * decided rows, which cannot be initiatives yet): the same rows, processes and timeline entries as
 * createInitiativeFromDecision, written a few hundred per statement. Returns the initiatives and
 * their `initiative.created` audit entries for the caller to record with its own.
 */
export async function createInitiativesFromNewDecisions(
  tx: Tx,
  ctx: Ctx,
  inputs: ReadonlyArray<{ needId: string; decisionId: string; title: string; form: InitiativeForm; ownerName: string; plannedStartYear: number }>,
): Promise<{ initiatives: InitiativeRecord[]; audit: AuditEntry[] }> {
  const initiatives = await insertInitiatives(tx, ctx, inputs);
  await startInitiativeProcesses(tx, ctx, initiatives);
  return { initiatives, audit: initiatives.map((initiative) => ({ action: 'initiative.created', entityType: 'initiative', entityId: initiative.id, after: initiative })) };
}
