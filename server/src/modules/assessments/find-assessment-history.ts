import type { Ctx } from '@server/platform/tenancy/context';
import { inTenantRead } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { getNeedForAssessment } from '@server/modules/needs/need-assessment-summary';
import { findRaterScores, findRoundsOfNeed } from '@server/modules/assessments/assessments.repository';
import type { AssessmentView } from '@server/modules/assessments/present-assessment';

/**
 * Every assessment round of a need, newest first, each with its raters: the history is kept so
 * one can see how and why a need's place in the matrix changed.
 */
export async function findAssessmentHistory(ctx: Ctx, needId: string): Promise<AssessmentView[]> {
  return inTenantRead(ctx, async (tx) => {
    const need = await getNeedForAssessment(tx, ctx, needId);
    authorize(ctx, 'assessment:read');
    const rounds = await findRoundsOfNeed(tx, ctx, needId);
    const raters = await findRaterScores(tx, ctx, rounds.map((r) => r.id));
    return rounds.map((round) => ({ needStatus: need.status, decidedBeforeDigiplan: need.decidedBeforeDigiplan, round, raters: raters.filter((r) => r.assessmentId === round.id) }));
  });
}
