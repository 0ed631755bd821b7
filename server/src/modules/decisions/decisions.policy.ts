import type { DecisionOutcome, TCorrectDecisionRequest, TDecideNeedRequest } from '@domain/decisions.contracts';
import type { NeedStatus } from '@domain/needs.contracts';

/**
 * Why a need cannot be decided now, or null when it can. An approved need is already an initiative
 * (a need becomes one only once), a rejected need is closed, a merged one lives on in another need.
 * Open, assessed and parked needs can be decided — a parked need comes back to OLG later.
 */
export function decisionRefusal(status: NeedStatus): string | null {
  switch (status) {
    case 'submitted':
    case 'assessed':
    case 'parked':
      return null;
    case 'approved':
      return 'The need has already been decided to proceed and is an initiative.';
    case 'rejected':
      return 'The need has been rejected.';
    case 'merged':
      return 'The need has been merged into another need; decide that one.';
  }
}

/** The need's status after a decision. */
export function statusAfter(outcome: DecisionOutcome): NeedStatus {
  switch (outcome) {
    case 'reject':
      return 'rejected';
    case 'park':
      return 'parked';
    case 'proceed':
      return 'approved';
  }
}

/**
 * The columns a decision request fills: form, owner and start year only for a decision to proceed,
 * "parked until" only for parking. One place for a new decision and for a correction of one.
 */
export function decisionFields(input: TDecideNeedRequest | TCorrectDecisionRequest) {
  return {
    outcome: input.outcome,
    form: input.outcome === 'proceed' ? input.form : null,
    ownerName: input.outcome === 'proceed' ? input.ownerName : null,
    plannedStartYear: input.outcome === 'proceed' ? input.plannedStartYear : null,
    parkedUntil: input.outcome === 'park' ? input.parkedUntil : null,
    decisionDate: input.decisionDate,
    forum: input.forum,
  };
}
