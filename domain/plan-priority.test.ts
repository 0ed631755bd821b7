import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRIORITIES, QUADRANTS } from '@domain/assessment';
import { departsFromSuggestion, initialPriority, PLAN_PRIORITIES, prioritiesMatching, suggestedPriority } from '@domain/plan-priority';

describe('priority in the plan', () => {
  it('follows the matrix: 1 for "digitalisera nu", 2–3 in the middle quadrants, 4 for "digitalisera ej"', () => {
    expect(suggestedPriority('doNow')).toBe('1');
    expect(suggestedPriority('doLater')).toBe('2-3');
    expect(suggestedPriority('doWhenOpportune')).toBe('2-3');
    expect(suggestedPriority('doNot')).toBe('4');
    expect(suggestedPriority(null)).toBeNull();
  });

  it('leaves the choice between 2 and 3 to the coordinator in the middle quadrants', () => {
    expect(initialPriority('2-3')).toBeNull();
    expect(prioritiesMatching('2-3')).toEqual(['2', '3']);
    expect(initialPriority('1')).toBe('1');
    expect(initialPriority('4')).toBe('4');
  });

  it('marks a chosen priority as departing exactly when the matrix did not suggest it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLAN_PRIORITIES, null), fc.constantFrom(...PRIORITIES, null), (chosen, suggestion) => {
        const departs = departsFromSuggestion(chosen, suggestion);
        if (chosen === null || suggestion === null) expect(departs).toBe(false);
        else expect(departs).toBe(!prioritiesMatching(suggestion).includes(chosen));
      }),
    );
  });

  it('never departs when the item keeps the priority it was given from the matrix', () => {
    for (const quadrant of QUADRANTS) {
      const suggestion = suggestedPriority(quadrant);
      expect(departsFromSuggestion(initialPriority(suggestion), suggestion)).toBe(false);
    }
  });
});
