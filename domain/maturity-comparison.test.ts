import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonFigure, roundedMean } from '@domain/maturity-comparison';

const index = fc.integer({ min: 0, max: 100 });

/** Every index the unknown organisation could have, given the others and what was shown. */
const possibleValues = (known: number[], shown: number | null) => Array.from({ length: 101 }, (_, value) => value).filter((value) => comparisonFigure([...known, value]).average === shown);

describe('comparing maturity with other organisations', () => {
  it('shows nothing while fewer than five other organisations have assessed', () => {
    expect(comparisonFigure([50, 60, 70, 80])).toEqual({ average: null, reason: 'too_few', organizations: 4 });
    expect(comparisonFigure([50, 60, 70, 80, null, null])).toMatchObject({ average: null, reason: 'too_few' });
  });

  it('shows the mean of five others rounded to ten points, not the exact mean', () => {
    expect(comparisonFigure([40, 52, 61, 70, 47])).toEqual({ average: 50, organizations: 5 });
    expect(roundedMean([44, 45, 45, 45, 46])).toBe(50);
    expect(roundedMean([44, 44, 44, 44, 44])).toBe(40);
  });

  it('does not give away an organisation at the end of the scale: with four known, the fifth stays a wide range', () => {
    // Plain rounding would pin it: (20 + 20 + 20 + 14 + 0) / 5 = 14.8 → 10, and 1 would give 15 → 20.
    // Held within 10–90 the fifth counts as 10: 84 / 5 = 16.8 → 20, which anything from 0 to 50 gives.
    expect(possibleValues([20, 20, 20, 14], comparisonFigure([20, 20, 20, 14, 0]).average)).toEqual(Array.from({ length: 51 }, (_, value) => value));
  });

  it('never lets four known organisations work out the fifth one’s index: at least 11 values stay possible', () => {
    fc.assert(
      fc.property(fc.array(index, { minLength: 4, maxLength: 4 }), index, (known, secret) => {
        const shown = comparisonFigure([...known, secret]).average;
        expect(possibleValues(known, shown).length).toBeGreaterThanOrEqual(11);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets all but one known organisation work it out either when more take part', () => {
    fc.assert(
      fc.property(fc.array(index, { minLength: 5, maxLength: 15 }), index, (known, secret) => {
        expect(possibleValues(known, comparisonFigure([...known, secret]).average).length).toBeGreaterThanOrEqual(11);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same figure whatever order the organisations come in', () => {
    fc.assert(
      fc.property(fc.array(index, { minLength: 5, maxLength: 12 }), (values) => {
        expect(comparisonFigure([...values].reverse())).toEqual(comparisonFigure(values));
      }),
    );
  });
});
