import { v7 as uuidv7 } from 'uuid';
import type { TInitiative, TRegisterPreDigiplanInitiativeRequest } from '@domain/decisions.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { insertNeed, nextNeedNumber, replaceNeedScope, type NewNeed } from '@server/modules/needs/needs.repository';
import type { Tx } from '@server/platform/db/database';
import { assertScopeValid } from '@server/modules/needs/assert-scope-valid';
import { needAuditState } from '@server/modules/needs/need-audit-state';
import { getDecisionRecord, insertDecision } from '@server/modules/decisions/decisions.repository';
import { createInitiativeFromDecision } from '@server/modules/initiatives/create-initiative-from-decision';
import { presentInitiative } from '@server/modules/initiatives/present-initiative';

/**
 * Registers an initiative that was decided before the organisation used Digiplan (seed 003's
 * running projects): its need (approved, never assessed), a decision marked `pre_digiplan` with the
 * real decision date and reference and a snapshot without scores or matrix position, and the
 * initiative with its process started — all in one transaction, each step in the audit log.
 */
export async function registerPreDigiplanInitiative(ctx: Ctx, input: TRegisterPreDigiplanInitiativeRequest): Promise<TInitiative> {
  authorize(ctx, 'initiative:manage');
  assertNoPersonalData({ title: input.title, problem: input.problem, expectedBenefit: input.expectedBenefit, ownerName: input.ownerName, reference: input.reference, forum: input.forum });
  return inTenant(ctx, async (tx) => {
    await assertScopeValid(tx, ctx, input);
    const initiative = await registerPreDigiplanInitiativeIn(tx, ctx, input);
    return presentInitiative(initiative, { decisionDate: input.decisionDate, reference: input.reference });
  });
}

/** What a plan file adds to the need of a pre-Digiplan initiative (issue 13): Vad, Hur, förslagsställare, startår, cost. */
export type PreDigiplanNeedExtras = Partial<Pick<NewNeed, 'what' | 'how' | 'proposedBy' | 'plannedStartYear' | 'costEstimate'>>;

/**
 * The registration inside the caller's transaction, its input already checked (the form's use case
 * above, or an import of a whole plan that saves all rows or none).
 */
export async function registerPreDigiplanInitiativeIn(tx: Tx, ctx: Ctx, input: TRegisterPreDigiplanInitiativeRequest, extras: PreDigiplanNeedExtras = {}) {
  const number = await nextNeedNumber(tx, ctx);
  const need = await insertNeed(tx, ctx, {
    id: uuidv7(),
    number,
    title: input.title,
    problem: input.problem,
    expectedBenefit: input.expectedBenefit,
    affectedGroups: [],
    allUnits: input.allUnits,
    submittedBy: ctx.actor.id,
    status: 'approved',
    ...extras,
  });
  const scope = { focusAreaIds: [...input.focusAreaIds].sort(), unitIds: [...input.unitIds].sort() };
  await replaceNeedScope(tx, ctx, need.id, scope);
  await recordAudit(tx, ctx, { action: 'need.registered_pre_digiplan', entityType: 'need', entityId: need.id, after: needAuditState(need, scope) });
  const decisionId = uuidv7();
  await insertDecision(tx, ctx, {
    id: decisionId,
    needId: need.id,
    outcome: 'proceed',
    form: input.form,
    ownerName: input.ownerName,
    plannedStartYear: input.plannedStartYear,
    parkedUntil: null,
    decisionDate: input.decisionDate,
    forum: input.forum,
    rationale: '',
    // No scores were set before Digiplan, and none are invented: the matrix has no position for it.
    snapshot: {
      needTitle: need.title,
      needNumber: need.number,
      needStatusBefore: 'submitted',
      assessmentId: null,
      scores: null,
      feasibility: null,
      potential: null,
      overall: null,
      quadrant: null,
      priority: null,
      form: input.form,
    },
    origin: 'pre_digiplan',
    reference: input.reference,
    decidedBy: ctx.actor.id,
  });
  const initiative = await createInitiativeFromDecision(tx, ctx, {
    needId: need.id,
    decisionId,
    title: need.title,
    form: input.form,
    ownerName: input.ownerName,
    plannedStartYear: input.plannedStartYear,
  });
  const decision = (await getDecisionRecord(tx, ctx, decisionId))!;
  await recordAudit(tx, ctx, {
    action: 'need.decided',
    entityType: 'need',
    entityId: need.id,
    before: null,
    after: { status: 'approved', decisionId, outcome: 'proceed', origin: 'pre_digiplan', reference: input.reference, initiativeId: initiative.id, snapshot: decision.snapshot },
  });
  return initiative;
}
