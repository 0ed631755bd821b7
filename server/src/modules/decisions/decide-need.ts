import { v7 as uuidv7 } from 'uuid';
import { deriveAssessment } from '@domain/assessment';
import type { TDecideNeedRequest, TDecision, TDecisionSnapshot } from '@domain/decisions.contracts';
import type { Ctx } from '@server/platform/tenancy/context';
import { inTenant } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { getNeedForAssessment, setNeedStatus, type NeedForAssessment } from '@server/modules/needs/need-assessment-summary';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { notifyUser } from '@server/modules/notifications/notify';
import { queueNeedDecidedEmail } from '@server/modules/email/need-decided-email';
import { findLatestFixedRound, type AssessmentRound } from '@server/modules/assessments/assessments.repository';
import { createInitiativeFromDecision } from '@server/modules/initiatives/create-initiative-from-decision';
import { getDecisionRecord, insertDecision } from '@server/modules/decisions/decisions.repository';
import { decisionFields, decisionRefusal, statusAfter } from '@server/modules/decisions/decisions.policy';
import { presentDecision } from '@server/modules/decisions/present-decision';
import { afterDecisionAtMeeting, meetingForDecision } from '@server/modules/meetings/decision-at-meeting';

/** Freezes what OLG saw: the latest agreed scores with everything derived from them, and the form. */
function snapshotOf(need: NeedForAssessment, round: AssessmentRound | undefined, input: TDecideNeedRequest): TDecisionSnapshot {
  const scores = round?.agreedScores ?? null;
  const derived = scores ? deriveAssessment(scores) : null;
  return {
    needTitle: need.title,
    needNumber: need.number,
    needStatusBefore: need.status,
    assessmentId: scores ? round!.id : null,
    scores,
    feasibility: derived?.feasibility ?? null,
    potential: derived?.potential ?? null,
    overall: derived?.overall ?? null,
    quadrant: derived?.quadrant ?? null,
    priority: derived?.priority ?? null,
    form: input.outcome === 'proceed' ? input.form : null,
  };
}

/**
 * OLG decides a need (If-Match = the need's version): reject with a reason, park until a date, or
 * proceed as projekt, uppdrag or verksamhetsförbättring — which requires an agreed assessment and
 * creates the initiative. The decision freezes a snapshot and is never changed afterwards; the
 * need's status follows the outcome and the submitter is told.
 */
export async function decideNeed(ctx: Ctx, needId: string, expectedVersion: number, input: TDecideNeedRequest): Promise<TDecision> {
  return inTenant(ctx, async (tx) => {
    const need = await getNeedForAssessment(tx, ctx, needId);
    authorize(ctx, 'need:decide');
    const rationale = input.outcome === 'reject' ? input.reason : input.rationale;
    assertNoPersonalData({
      [input.outcome === 'reject' ? 'reason' : 'rationale']: rationale,
      forum: input.forum,
      ...(input.outcome === 'proceed' ? { ownerName: input.ownerName } : {}),
    });
    const refusal = decisionRefusal(need.status);
    if (refusal) throw new AppError('invalid_state', refusal);
    if (need.version !== expectedVersion) throw staleVersion();
    // At a meeting the decision is taken in the meeting's forum, whatever the form said.
    const meeting = input.meetingId ? await meetingForDecision(tx, ctx, input.meetingId, needId) : null;
    const round = await findLatestFixedRound(tx, ctx, needId);
    if (input.outcome === 'proceed' && !round) {
      throw new AppError('invalid_state', 'Fix an assessment of the need before deciding to proceed with it.');
    }

    const status = statusAfter(input.outcome);
    await setNeedStatus(tx, ctx, needId, status, expectedVersion);
    const decisionId = uuidv7();
    await insertDecision(tx, ctx, {
      id: decisionId,
      needId,
      ...decisionFields(input),
      ...(meeting ? { forum: meeting.forumName, meetingId: input.meetingId } : {}),
      rationale,
      snapshot: snapshotOf(need, round, input),
      decidedBy: ctx.actor.id,
    });
    const initiative =
      input.outcome === 'proceed'
        ? await createInitiativeFromDecision(tx, ctx, {
            needId,
            decisionId,
            title: need.title,
            form: input.form,
            ownerName: input.ownerName,
            plannedStartYear: input.plannedStartYear,
          })
        : null;
    const decision = (await getDecisionRecord(tx, ctx, decisionId))!;
    await recordAudit(tx, ctx, {
      action: 'need.decided',
      entityType: 'need',
      entityId: needId,
      before: { status: need.status, version: need.version },
      after: { status, decisionId, outcome: input.outcome, initiativeId: initiative?.id ?? null, ...(input.meetingId ? { meetingId: input.meetingId } : {}), snapshot: decision.snapshot },
    });
    if (input.meetingId) await afterDecisionAtMeeting(tx, ctx, input.meetingId);
    await notifyUser(tx, ctx, {
      userId: need.submittedBy,
      kind: 'need_decided',
      needId,
      params: { needNumber: need.number, needTitle: need.title, outcome: input.outcome, form: decision.form },
    });
    await queueNeedDecidedEmail(tx, ctx, {
      submittedBy: need.submittedBy,
      needId,
      needNumber: need.number,
      needTitle: need.title,
      outcome: input.outcome,
      form: decision.form,
      parkedUntil: input.outcome === 'park' ? input.parkedUntil : null,
    });
    return presentDecision(decision, initiative?.id ?? null);
  });
}
