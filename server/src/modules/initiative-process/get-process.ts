import type { TInitiativeProcess } from '@domain/process.contracts';
import { initiativePermissions } from '@domain/initiative-policy';
import { missingForNextStage } from '@domain/gates';
import { LAST_STAGE } from '@domain/process';
import type { Tx } from '@server/platform/db/database';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findChecklist, presentChecklistItem } from '@server/modules/initiative-process/initiative-checklist.repository';
import { loadGateFacts } from '@server/modules/initiative-process/load-gate-facts';
import { loadInitiative } from '@server/modules/initiative-process/initiative-subject';

/** The initiative's process as the page shows it, inside an open transaction. */
export async function readProcess(tx: Tx, ctx: Ctx, id: string): Promise<TInitiativeProcess> {
  const { initiative, roles, subject } = await loadInitiative(tx, ctx, id);
  const checklist = await findChecklist(tx, ctx, id);
  const active = initiative.status === 'active';
  const missing = active ? missingForNextStage(await loadGateFacts(tx, ctx.organizationId, id)) : [];
  return {
    initiativeId: initiative.id,
    form: initiative.form,
    stage: initiative.stage,
    status: subject.status,
    stopReason: initiative.stopReason,
    version: initiative.version,
    checklist: checklist.map(presentChecklistItem),
    roles,
    nextGate: active
      ? initiative.stage >= LAST_STAGE
        ? { target: 'closed', stage: null, missing }
        : { target: 'stage', stage: initiative.stage + 1, missing }
      : null,
    permissions: initiativePermissions(ctx, subject),
  };
}

/** The process of one initiative: stage, checklist, people, what the next gate lacks, what you may do. */
export async function getProcess(ctx: Ctx, id: string): Promise<TInitiativeProcess> {
  return inTenantRead(ctx, (tx) => readProcess(tx, ctx, id));
}
