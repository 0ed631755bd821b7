import { deriveAssessment, raterStatistics } from '@domain/assessment';
import type { TAssessment } from '@domain/assessment.contracts';
import type { NeedStatus } from '@domain/needs.contracts';
import type { AssessmentRound, RaterScore } from '@server/modules/assessments/assessments.repository';
import { assessmentPermissions, isBlindedFor, type AssessmentActor } from '@server/modules/assessments/assessments.policy';

/** A round as the use cases load it: the round, its raters and the status of its need. */
export type AssessmentView = { needStatus: NeedStatus; round: AssessmentRound; raters: RaterScore[]; decidedBeforeDigiplan?: boolean };

/** Means are shown to two decimals; axis values and the overall score are exact quarters/eighths. */
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Shapes a round for the API: each rater, the statistics, the agreed result and what the user may
 * do. A blinded rater (see the policy) gets the raters' names but neither scores nor statistics.
 */
export function presentAssessment(ctx: AssessmentActor, view: AssessmentView): TAssessment {
  const { round, raters } = view;
  const isBlinded = isBlindedFor(ctx, round, raters);
  const statistics = raterStatistics(raters.map((r) => r.scores));
  return {
    id: round.id,
    needId: round.needId,
    status: round.status,
    raters: raters.map((r) => ({
      rater: r.rater,
      scores: isBlinded ? null : r.scores,
      comment: isBlinded ? null : r.comment,
      derived: isBlinded ? null : deriveAssessment(r.scores),
      updatedAt: r.updatedAt.toISOString(),
    })),
    statistics: isBlinded ? null : { ...statistics, criteria: statistics.criteria.map((c) => ({ ...c, mean: round2(c.mean) })) },
    isBlinded,
    agreedScores: round.status === 'open' ? null : round.agreedScores,
    rationale: round.rationale,
    derived: round.agreedScores && round.status !== 'open' ? deriveAssessment(round.agreedScores) : null,
    openedBy: round.openedBy,
    openedAt: round.openedAt.toISOString(),
    fixedBy: round.fixedBy,
    fixedAt: round.fixedAt?.toISOString() ?? null,
    version: round.version,
    permissions: assessmentPermissions(ctx, view.needStatus, round, view.decidedBeforeDigiplan),
  };
}
