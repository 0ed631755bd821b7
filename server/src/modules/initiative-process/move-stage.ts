import type { TInitiativeProcess, TStageTransitionRequest } from '@domain/process.contracts';
import { canOverrideGate, canWorkInitiative } from '@domain/initiative-policy';
import { blockingItems, missingForClosing, missingForNextStage, type MissingItem } from '@domain/gates';
import { LAST_STAGE } from '@domain/process';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { appendInitiativeEvent } from '@server/modules/initiative-process/initiative-events';
import { loadForChange } from '@server/modules/initiative-process/initiative-subject';
import { loadGateFacts } from '@server/modules/initiative-process/load-gate-facts';
import { updateInitiativeVersioned, type ProcessChanges } from '@server/modules/initiative-process/initiative-state.repository';
import { readProcess } from '@server/modules/initiative-process/get-process';

/** The audit action of each move, written out so the audit texts can be checked. */
const AUDIT_ACTIONS = { advance: 'initiative.advance', close: 'initiative.close', back: 'initiative.back', stop: 'initiative.stop' } as const satisfies Record<TStageTransitionRequest['action'], string>;

type Move = { changes: ProcessChanges; event: string; payload: Record<string, unknown> };

/** A gate with items missing is passed only with a written reason, by someone allowed to answer for it. */
function passGate(ctx: Ctx, allowedToOverride: boolean, missing: MissingItem[], overrideReason: string | undefined): Record<string, unknown> {
  if (missing.length === 0) return {};
  const blocking = blockingItems(missing);
  if (blocking.length > 0) {
    throw new AppError(
      'invalid_state',
      'The gate cannot be passed with a reason: a decision only the nämnd can take is missing.',
      blocking.map((item) => ({ path: 'gate', code: item.code, message: item.text })),
    );
  }
  if (!overrideReason) {
    throw new AppError(
      'invalid_state',
      'The gate is not passed: something is missing.',
      missing.map((item) => ({ path: 'gate', code: item.code, message: item.text })),
    );
  }
  if (!allowedToOverride) throw new AppError('forbidden', 'Only the utvecklingsledare or the initiative’s owner may pass a gate with items missing.');
  return { override: { reason: overrideReason, missing: missing.map(({ code, text }) => ({ code, text })) } };
}

/**
 * Moves an initiative in the digitalisation process: forward through the gate to the next stage
 * (or, from stage 6, closing it), back one stage, or stopping it. Going forward with items
 * missing needs an override reason; back and stop need a reason. Every move is versioned
 * (If-Match), appended to the timeline and audited.
 */
export async function moveStage(ctx: Ctx, id: string, input: TStageTransitionRequest, expectedVersion: number): Promise<TInitiativeProcess> {
  return inTenant(ctx, async (tx) => {
    const { initiative, subject } = await loadForChange(tx, ctx, id, canWorkInitiative);
    if (initiative.version !== expectedVersion) throw staleVersion();
    const from = initiative.stage;
    let move: Move;
    switch (input.action) {
      case 'advance': {
        if (from >= LAST_STAGE) throw new AppError('invalid_state', 'Stage 6 is the last stage; close the initiative instead.');
        assertNoPersonalData({ overrideReason: input.overrideReason });
        const missing = missingForNextStage(await loadGateFacts(tx, ctx.organizationId, id));
        const override = passGate(ctx, canOverrideGate(ctx, subject), missing, input.overrideReason);
        move = { changes: { stage: from + 1 }, event: 'stage.advanced', payload: { from, to: from + 1, ...override } };
        break;
      }
      case 'close': {
        assertNoPersonalData({ overrideReason: input.overrideReason });
        const missing = missingForClosing(await loadGateFacts(tx, ctx.organizationId, id));
        if (missing.some((item) => item.code === 'stage.not_last')) throw new AppError('invalid_state', 'Only an initiative at stage 6 can be closed.');
        const override = passGate(ctx, canOverrideGate(ctx, subject), missing, input.overrideReason);
        move = { changes: { status: 'closed', endedAt: new Date() }, event: 'initiative.closed', payload: { from, ...override } };
        break;
      }
      case 'back': {
        if (from <= 1) throw new AppError('invalid_state', 'Stage 1 is the first stage.');
        assertNoPersonalData({ reason: input.reason });
        move = { changes: { stage: from - 1 }, event: 'stage.reverted', payload: { from, to: from - 1, reason: input.reason } };
        break;
      }
      case 'stop': {
        if (!canOverrideGate(ctx, subject)) throw new AppError('forbidden', 'Only the utvecklingsledare or the initiative’s owner may stop it.');
        assertNoPersonalData({ reason: input.reason });
        move = { changes: { status: 'stopped', stopReason: input.reason, endedAt: new Date() }, event: 'initiative.stopped', payload: { from, reason: input.reason } };
        break;
      }
    }
    if (!(await updateInitiativeVersioned(tx, ctx, id, expectedVersion, move.changes))) throw staleVersion();
    await appendInitiativeEvent(tx, ctx, id, move.event, move.payload);
    await recordAudit(tx, ctx, {
      action: AUDIT_ACTIONS[input.action],
      entityType: 'initiative',
      entityId: id,
      before: { stage: from, status: initiative.status },
      after: { ...move.changes, ...move.payload },
    });
    return readProcess(tx, ctx, id);
  });
}
