import { deriveAssessment } from '@domain/assessment';
import type { TFixAssessmentRequest } from '@domain/assessment.contracts';
import type { Ctx } from '@server/platform/tenancy/context';
import { inTenant } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { getNeedForAssessment, setNeedAssessmentSummary } from '@server/modules/needs/need-assessment-summary';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { notifyUser } from '@server/modules/notifications/notify';
import { findCurrentRound, fixRound } from '@server/modules/assessments/assessments.repository';
import { isNeedAssessable } from '@server/modules/assessments/assessments.policy';
import { loadCurrentAssessmentView } from '@server/modules/assessments/load-assessment-view';
import type { AssessmentView } from '@server/modules/assessments/present-assessment';

/**
 * The coordinator fixes the agreed scores of the open round (If-Match on the round). The model
 * derives feasibility, potential, overall, quadrant and priority; they are copied onto the need,
 * which becomes 'assessed' unless OLG has already parked it, and the submitter is told.
 */
export async function fixAssessment(ctx: Ctx, needId: string, expectedVersion: number, input: TFixAssessmentRequest): Promise<AssessmentView> {
  return inTenant(ctx, async (tx) => {
    const need = await getNeedForAssessment(tx, ctx, needId);
    authorize(ctx, 'assessment:manage');
    assertNoPersonalData({ rationale: input.rationale });
    if (!isNeedAssessable(need)) throw new AppError('invalid_state', `A need with status ${need.status} cannot be assessed.`);
    const round = await findCurrentRound(tx, ctx, needId);
    if (!round) throw new AppError('invalid_state', 'No assessment round has been started for this need.');
    if (round.status !== 'open') throw new AppError('invalid_state', 'The assessment is already fixed; start a new round to change it.');

    await fixRound(tx, ctx, round.id, expectedVersion, { scores: input.scores, rationale: input.rationale, fixedBy: ctx.actor.id });
    const derived = deriveAssessment(input.scores);
    const status = need.status === 'submitted' ? 'assessed' : need.status;
    await setNeedAssessmentSummary(tx, ctx, needId, { ...derived, status });
    await recordAudit(tx, ctx, {
      action: 'assessment.fixed',
      entityType: 'assessment',
      entityId: round.id,
      before: { status: 'open', needSummary: { feasibility: need.feasibility, potential: need.potential, overall: need.overall, quadrant: need.quadrant } },
      after: { status: 'fixed', needId, scores: input.scores, rationale: input.rationale, ...derived },
    });
    await notifyUser(tx, ctx, {
      userId: need.submittedBy,
      kind: 'need_assessed',
      needId,
      params: { needNumber: need.number, needTitle: need.title, quadrant: derived.quadrant, priority: derived.priority },
    });
    return loadCurrentAssessmentView(tx, ctx, needId, status, need.decidedBeforeDigiplan);
  });
}
