import { v7 as uuidv7 } from 'uuid';
import { deriveAssessment } from '@domain/assessment';
import type { TCorrectDecisionRequest, TDecision, TDecisionSnapshot } from '@domain/decisions.contracts';
import { FORM_LABELS, OUTCOME_LABELS } from '@domain/decisions.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { AppError, notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findLatestFixedRound } from '@server/modules/assessments/assessments.repository';
import { appendInitiativeEvent } from '@server/modules/initiative-process/initiative-events';
import { createInitiativeFromDecision } from '@server/modules/initiatives/create-initiative-from-decision';
import { updateInitiativeRow } from '@server/modules/initiatives/initiatives.repository';
import { deleteUnstartedInitiative, findInitiativeOfNeed, initiativeProgress } from '@server/modules/initiatives/initiative-withdrawal.repository';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { getNeedForAssessment, setNeedStatus } from '@server/modules/needs/need-assessment-summary';
import { findDecisionsOfNeed, getDecisionRecord, insertDecision } from '@server/modules/decisions/decisions.repository';
import { decisionFields, statusAfter } from '@server/modules/decisions/decisions.policy';
import { presentDecision } from '@server/modules/decisions/present-decision';

/**
 * Corrects a decision that was recorded wrongly (issue 13 item 5): a new decision supersedes the
 * old one, both stay in the decision log (the old one "ersatt av" the new), and the need and its
 * initiative follow the new decision. By those who record decisions (`need:decide`), If-Match =
 * the need's version, only the need's current decision (409 for one already corrected or followed
 * by a later decision). Why it is corrected goes to the audit event and the initiative's timeline.
 *
 * - proceed → proceed: the initiative takes the new form, owner and start year.
 * - reject/park → proceed: the initiative is created, as by a decision (an agreed assessment is needed).
 * - proceed → reject/park: the initiative is withdrawn, but only if it has not progressed (stage 1,
 *   active, nothing recorded on it); otherwise 409 naming what has been done.
 */
export async function correctDecision(ctx: Ctx, decisionId: string, expectedNeedVersion: number, input: TCorrectDecisionRequest): Promise<TDecision> {
  return inTenant(ctx, async (tx) => {
    const old = await getDecisionRecord(tx, ctx, decisionId);
    if (!old) throw notFound('decision');
    authorize(ctx, 'need:decide');
    if (old.supersededBy) throw new AppError('invalid_state', 'The decision has already been corrected; correct the decision that replaced it.');
    const newest = (await findDecisionsOfNeed(tx, ctx, old.needId)).filter((decision) => decision.id !== old.id && decision.createdAt > old.createdAt);
    if (newest.length > 0) throw new AppError('invalid_state', 'A later decision was taken on the need; only the current decision can be corrected.');
    const rationale = input.outcome === 'reject' ? input.reason : input.rationale;
    assertNoPersonalData({
      [input.outcome === 'reject' ? 'reason' : 'rationale']: rationale,
      forum: input.forum,
      correctionReason: input.correctionReason,
      ...(input.outcome === 'proceed' ? { ownerName: input.ownerName } : {}),
    });
    const need = await getNeedForAssessment(tx, ctx, old.needId);
    if (need.version !== expectedNeedVersion) throw staleVersion();

    const initiative = await findInitiativeOfNeed(tx, ctx, old.needId);
    let snapshot: TDecisionSnapshot = { ...old.snapshot, form: input.outcome === 'proceed' ? input.form : null };
    if (input.outcome === 'proceed' && !initiative && old.snapshot.scores === null) {
      const round = await findLatestFixedRound(tx, ctx, old.needId);
      if (!round?.agreedScores) throw new AppError('invalid_state', 'Fix an assessment of the need before deciding to proceed with it.');
      const derived = deriveAssessment(round.agreedScores);
      snapshot = { ...snapshot, assessmentId: round.id, scores: round.agreedScores, ...derived };
    }
    if (input.outcome !== 'proceed' && initiative) {
      const progress = await initiativeProgress(tx, ctx, initiative);
      if (progress.length > 0) {
        throw new AppError('conflict', 'The initiative has already progressed; a decision to reject or park it cannot replace the decision to proceed. Stop the initiative instead.', progress);
      }
    }

    await setNeedStatus(tx, ctx, old.needId, statusAfter(input.outcome), expectedNeedVersion);
    const newId = uuidv7();
    await insertDecision(tx, ctx, {
      id: newId,
      needId: old.needId,
      ...decisionFields(input),
      rationale,
      snapshot,
      origin: old.origin,
      reference: old.reference,
      // The correction stands where the corrected decision stood: in the same meeting's minutes.
      meetingId: old.meeting?.id ?? null,
      supersedesId: old.id,
      decidedBy: ctx.actor.id,
    });

    let initiativeId: string | null = null;
    if (input.outcome === 'proceed' && initiative) {
      const updated = await updateInitiativeRow(tx, ctx, initiative.id, initiative.version, { form: input.form, ownerName: input.ownerName, plannedStartYear: input.plannedStartYear, decisionId: newId });
      if (!updated) throw staleVersion();
      initiativeId = initiative.id;
      await appendInitiativeEvent(tx, ctx, initiative.id, 'decision.corrected', {
        decisionId: newId,
        supersedesId: old.id,
        reason: input.correctionReason,
        summary: `Beslutet rättades: ${FORM_LABELS[input.form]}, ägare ${input.ownerName}, start ${input.plannedStartYear}. Skäl: ${input.correctionReason}`,
      });
      await recordAudit(tx, ctx, {
        action: 'initiative.updated',
        entityType: 'initiative',
        entityId: initiative.id,
        before: { title: initiative.title, form: initiative.form, ownerName: initiative.ownerName, plannedStartYear: initiative.plannedStartYear, decisionId: old.id },
        after: { title: updated.title, form: updated.form, ownerName: updated.ownerName, plannedStartYear: updated.plannedStartYear, decisionId: newId },
      });
    } else if (input.outcome === 'proceed') {
      const created = await createInitiativeFromDecision(tx, ctx, { needId: old.needId, decisionId: newId, title: need.title, form: input.form, ownerName: input.ownerName, plannedStartYear: input.plannedStartYear });
      initiativeId = created.id;
    } else if (initiative) {
      await deleteUnstartedInitiative(tx, ctx, initiative.id);
      await recordAudit(tx, ctx, { action: 'initiative.withdrawn', entityType: 'initiative', entityId: initiative.id, before: { id: initiative.id, title: initiative.title, decisionId: old.id }, after: { decisionId: newId } });
    }

    const decision = (await getDecisionRecord(tx, ctx, newId))!;
    await recordAudit(tx, ctx, {
      action: 'decision.corrected',
      entityType: 'need',
      entityId: old.needId,
      before: { decisionId: old.id, outcome: old.outcome, form: old.form, status: need.status },
      after: { decisionId: newId, outcome: input.outcome, form: decision.form, status: statusAfter(input.outcome), summary: `${OUTCOME_LABELS[old.outcome]} → ${OUTCOME_LABELS[input.outcome]}`, reason: input.correctionReason },
    });
    return presentDecision(decision, initiativeId);
  });
}
