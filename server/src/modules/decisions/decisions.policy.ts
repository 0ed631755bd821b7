import type { DecisionOutcome } from '@domain/decisions.contracts';
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
