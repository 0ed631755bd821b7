import { priorityOf, type Priority, type Quadrant } from '@domain/assessment';

/**
 * Prioritet in a plan (seed 000): the matrix suggests 1, "2–3" or 4; in the two middle quadrants
 * the coordinator chooses 2 or 3. The chosen priority is kept beside the suggestion, so a plan shows
 * where a choice departs from the matrix.
 */
export const PLAN_PRIORITIES = ['1', '2', '3', '4'] as const;
export type PlanPriority = (typeof PLAN_PRIORITIES)[number];

export const PLAN_PRIORITY_LABELS_SV: Record<PlanPriority, string> = { '1': 'Prioritet 1', '2': 'Prioritet 2', '3': 'Prioritet 3', '4': 'Prioritet 4' };

/** The matrix's suggestion for a quadrant (null when the need has no fixed assessment). */
export function suggestedPriority(quadrant: Quadrant | null): Priority | null {
  return quadrant === null ? null : priorityOf(quadrant);
}

/** The priorities that agree with a suggestion: 1 → [1], 2–3 → [2, 3], 4 → [4]; every one without. */
export function prioritiesMatching(suggestion: Priority | null): PlanPriority[] {
  switch (suggestion) {
    case null:
      return [...PLAN_PRIORITIES];
    case '1':
      return ['1'];
    case '2-3':
      return ['2', '3'];
    case '4':
      return ['4'];
  }
}

/**
 * The priority an item gets when put in the plan: the suggestion where it names one priority; in the
 * middle quadrants none yet, because 2 or 3 is the coordinator's choice.
 */
export function initialPriority(suggestion: Priority | null): PlanPriority | null {
  const matching = prioritiesMatching(suggestion);
  return suggestion !== null && matching.length === 1 ? matching[0]! : null;
}

/** True when a chosen priority departs from the matrix's suggestion (shown beside it, never refused). */
export function departsFromSuggestion(chosen: PlanPriority | null, suggestion: Priority | null): boolean {
  if (chosen === null || suggestion === null) return false;
  return !prioritiesMatching(suggestion).includes(chosen);
}
