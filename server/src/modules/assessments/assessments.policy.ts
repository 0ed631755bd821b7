import type { NeedStatus } from '@domain/needs.contracts';
import type { Permission } from '@domain/roles';
import type { AssessmentRound, RaterScore } from '@server/modules/assessments/assessments.repository';

/** The part of a context the policy looks at. */
export type AssessmentActor = { actor: { id: string }; permissions: ReadonlySet<Permission> };

/**
 * A need can be (re)assessed while it is open or parked. Once approved or rejected its decision
 * stands on the assessment it was based on, and a merged need lives on in another one.
 */
export function isAssessable(status: NeedStatus): boolean {
  switch (status) {
    case 'submitted':
    case 'assessed':
    case 'parked':
      return true;
    case 'approved':
    case 'rejected':
    case 'merged':
      return false;
  }
}

/**
 * A need decided before Digiplan was approved without scores; it "can be assessed later": the
 * coordinator may run assessment rounds on it to give it a place in the matrix, while its decision
 * (date, reference, "beslutat före Digiplan") stands unchanged.
 */
export function isNeedAssessable(need: { status: NeedStatus; decidedBeforeDigiplan?: boolean }): boolean {
  return isAssessable(need.status) || (need.status === 'approved' && need.decidedBeforeDigiplan === true);
}

/**
 * While a round is open, a rater who has not yet saved her own scores sees who has scored but not
 * what: the model asks for independent judgements, and seeing others' numbers first anchors them.
 * The coordinator running the round, and readers who do not score, see everything.
 */
export function isBlindedFor(ctx: AssessmentActor, round: AssessmentRound, raters: readonly RaterScore[]): boolean {
  if (round.status !== 'open') return false;
  if (ctx.permissions.has('assessment:manage') || !ctx.permissions.has('assessment:score')) return false;
  return !raters.some((r) => r.rater.id === ctx.actor.id);
}

/** What the current user may do with a round; sent with it so the UI only hides or disables. */
export function assessmentPermissions(ctx: AssessmentActor, needStatus: NeedStatus, round: AssessmentRound, decidedBeforeDigiplan = false) {
  const assessable = isNeedAssessable({ status: needStatus, decidedBeforeDigiplan });
  const isCurrentOpen = round.status === 'open' && assessable;
  return {
    canScore: isCurrentOpen && ctx.permissions.has('assessment:score'),
    canFix: isCurrentOpen && ctx.permissions.has('assessment:manage'),
    canReopen: round.status !== 'superseded' && assessable && ctx.permissions.has('assessment:manage'),
  };
}
