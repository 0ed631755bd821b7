import type { TRaterScoreRequest } from '@domain/assessment.contracts';
import { CRITERION_KEYS } from '@domain/assessment';
import type { Ctx } from '@server/platform/tenancy/context';
import { inTenant } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { getNeedForAssessment } from '@server/modules/needs/need-assessment-summary';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findCurrentRound, findRaterScores, touchRound, upsertRaterScore } from '@server/modules/assessments/assessments.repository';
import { isNeedAssessable } from '@server/modules/assessments/assessments.policy';
import { loadCurrentAssessmentView } from '@server/modules/assessments/load-assessment-view';
import type { AssessmentView } from '@server/modules/assessments/present-assessment';

/**
 * A rater saves her own scores in the open round. Only she writes her row, so there is no If-Match:
 * saving the same scores again changes nothing (idempotent), and new scores replace her old ones.
 * Each real change bumps the round's version, so a coordinator fixing from an older view gets 412.
 */
export async function saveMyScores(ctx: Ctx, needId: string, input: TRaterScoreRequest): Promise<AssessmentView> {
  return inTenant(ctx, async (tx) => {
    const need = await getNeedForAssessment(tx, ctx, needId);
    authorize(ctx, 'assessment:score');
    assertNoPersonalData({ comment: input.comment });
    if (!isNeedAssessable(need)) throw new AppError('invalid_state', `A need with status ${need.status} cannot be assessed.`);
    const round = await findCurrentRound(tx, ctx, needId);
    if (!round) throw new AppError('invalid_state', 'No assessment round has been started for this need.');
    if (round.status !== 'open') throw new AppError('invalid_state', 'The assessment is fixed; a coordinator must start a new round.');

    const mine = (await findRaterScores(tx, ctx, [round.id])).find((r) => r.rater.id === ctx.actor.id);
    const unchanged = mine && mine.comment === input.comment && CRITERION_KEYS.every((key) => mine.scores[key] === input.scores[key]);
    if (!unchanged) {
      await upsertRaterScore(tx, ctx, { assessmentId: round.id, raterId: ctx.actor.id, scores: input.scores, comment: input.comment });
      await touchRound(tx, ctx, round.id);
      await recordAudit(tx, ctx, {
        action: 'assessment.scored',
        entityType: 'assessment',
        entityId: round.id,
        before: mine ? { scores: mine.scores, comment: mine.comment } : null,
        after: { needId, raterId: ctx.actor.id, scores: input.scores, comment: input.comment },
      });
    }
    return loadCurrentAssessmentView(tx, ctx, needId, need.status, need.decidedBeforeDigiplan);
  });
}
