import { v7 as uuidv7 } from 'uuid';
import type { TInitiative, TRegisterPreDigiplanInitiativeRequest } from '@domain/decisions.contracts';
import { recordAuditMany } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { insertNeeds, insertNeedScopes, nextNeedNumber, type NewNeed } from '@server/modules/needs/needs.repository';
import type { Tx } from '@server/platform/db/database';
import { assertScopeValid } from '@server/modules/needs/assert-scope-valid';
import { needAuditState } from '@server/modules/needs/need-audit-state';
import { insertDecisions } from '@server/modules/decisions/decisions.repository';
import { createInitiativesFromNewDecisions } from '@server/modules/initiatives/create-initiative-from-decision';
import { findInitiativeScopes, type InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';
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
    const scopes = await findInitiativeScopes(tx, ctx, [initiative.needId]);
    return presentInitiative(initiative, { decisionDate: input.decisionDate, reference: input.reference }, scopes.get(initiative.needId));
  });
}

/**
 * What a plan file adds to the need of a pre-Digiplan initiative (issue 13): Vad, Hur,
 * förslagsställare, startår, cost, and the number the need gets in the file's order.
 */
export type PreDigiplanNeedExtras = Partial<Pick<NewNeed, 'what' | 'how' | 'proposedBy' | 'plannedStartYear' | 'costEstimate' | 'number'>>;

/**
 * The registration inside the caller's transaction, its input already checked (the form's use case
 * above, or an import of a whole plan that saves all rows or none).
 */
export async function registerPreDigiplanInitiativeIn(tx: Tx, ctx: Ctx, input: TRegisterPreDigiplanInitiativeRequest, extras: PreDigiplanNeedExtras = {}) {
  const [initiative] = await registerPreDigiplanInitiativesIn(tx, ctx, [{ input, extras }]);
  return initiative!;
}

/**
 * Registers many at once, in the order given (an imported plan's decided rows): each need, its
 * focus areas and units, its decision and its initiative with its process, and the same audit
 * events as one by one — written a few hundred rows per statement, since 200 decided rows
 * registered one by one took most of a 2 000-row import's time. Needs without a number in their
 * extras are numbered after the organisation's last one.
 */
export async function registerPreDigiplanInitiativesIn(
  tx: Tx,
  ctx: Ctx,
  items: ReadonlyArray<{ input: TRegisterPreDigiplanInitiativeRequest; extras?: PreDigiplanNeedExtras }>,
): Promise<InitiativeRecord[]> {
  if (items.length === 0) return [];
  let nextNumber = items.every((item) => item.extras?.number !== undefined) ? 0 : await nextNeedNumber(tx, ctx);
  const newNeeds: NewNeed[] = items.map(({ input, extras = {} }) => ({
    id: uuidv7(),
    number: extras.number ?? nextNumber++,
    title: input.title,
    problem: input.problem,
    expectedBenefit: input.expectedBenefit,
    affectedGroups: [],
    allUnits: input.allUnits,
    submittedBy: ctx.actor.id,
    status: 'approved',
    ...extras,
  }));
  const needRows = await insertNeeds(tx, ctx, newNeeds);
  const scopes = items.map(({ input }, i) => ({ needId: needRows[i]!.id, focusAreaIds: [...input.focusAreaIds].sort(), unitIds: [...input.unitIds].sort() }));
  await insertNeedScopes(tx, ctx, scopes);
  const newDecisions = items.map(({ input }, i) => {
    const need = needRows[i]!;
    return {
      id: uuidv7(),
      needId: need.id,
      outcome: 'proceed' as const,
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
        needStatusBefore: 'submitted' as const,
        assessmentId: null,
        scores: null,
        feasibility: null,
        potential: null,
        overall: null,
        quadrant: null,
        priority: null,
        form: input.form,
      },
      origin: 'pre_digiplan' as const,
      reference: input.reference,
      decidedBy: ctx.actor.id,
    };
  });
  await insertDecisions(tx, ctx, newDecisions);
  const created = await createInitiativesFromNewDecisions(
    tx,
    ctx,
    items.map(({ input }, i) => ({ needId: needRows[i]!.id, decisionId: newDecisions[i]!.id, title: needRows[i]!.title, form: input.form, ownerName: input.ownerName, plannedStartYear: input.plannedStartYear })),
  );
  // One by one, each registration wrote these three events in this order; the order is kept.
  await recordAuditMany(
    tx,
    ctx,
    items.flatMap(({ input }, i) => {
      const need = needRows[i]!;
      const decision = newDecisions[i]!;
      const initiative = created.initiatives[i]!;
      const scope = { focusAreaIds: scopes[i]!.focusAreaIds, unitIds: scopes[i]!.unitIds };
      return [
        { action: 'need.registered_pre_digiplan', entityType: 'need', entityId: need.id, after: needAuditState(need, scope) },
        created.audit[i]!,
        {
          action: 'need.decided',
          entityType: 'need',
          entityId: need.id,
          before: null,
          after: { status: 'approved', decisionId: decision.id, outcome: 'proceed', origin: 'pre_digiplan', reference: input.reference, initiativeId: initiative.id, snapshot: decision.snapshot },
        },
      ];
    }),
  );
  return created.initiatives;
}
