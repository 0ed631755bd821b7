/**
 * Comparison with the installation's other organisations (issue 17 item 5). The rule, in full:
 *
 * 1. Only organisations that opted in contribute, each with its latest assessment of the year.
 * 2. The viewing organisation is never among the figures it is shown; at least
 *    `COMPARISON_MIN_OTHERS` (5) OTHER organisations must contribute a figure, else nothing is shown.
 * 3. Each contributing index is first held within [`COMPARISON_FLOOR`, `COMPARISON_CEILING`]
 *    (10–90): an organisation at 0–10 counts as 10, one at 90–100 as 90.
 * 4. What is shown is the mean of those, rounded to a multiple of `COMPARISON_STEP` (10) — never a
 *    single organisation's figure and never the exact mean.
 *
 * Why 3 and 4 together: with five others where four are known (colluding, or published), the
 * shown figure pins the fifth's held value to an interval of 5 × 10 = 50 points, cut by 10 and 90.
 * Rounding alone is not enough: near the ends of the scale the cut interval can be one value
 * (four known at 20, 20, 20, 14 and "10" shown means the fifth is exactly 0). Holding values in
 * 10–90 turns that worst case into "somewhere 0–10" or "somewhere 90–100": at least 11 whole-number
 * indexes stay possible for every organisation, whatever the others reveal (property-tested).
 * No figure is ever hidden depending on the values, because hiding would itself tell something.
 *
 * Limits (docs/MATURITY.md): two organisations comparing what they were each shown (their sets of
 * "others" differ) learn a little more than either alone — still a range, not a figure.
 */
export const COMPARISON_MIN_OTHERS = 5;
export const COMPARISON_STEP = 10;
export const COMPARISON_FLOOR = 10;
export const COMPARISON_CEILING = 90;

/** The mean of whole-number indexes, each held within 10–90, rounded (half up) to a multiple of COMPARISON_STEP. */
export function roundedMean(indexes: readonly number[]): number {
  const held = indexes.map((value) => Math.min(COMPARISON_CEILING, Math.max(COMPARISON_FLOOR, value)));
  const sum = held.reduce((total, value) => total + value, 0);
  const n = held.length;
  // round(sum / (n·step)) · step, half up, in integers.
  return Math.floor((2 * sum + n * COMPARISON_STEP) / (2 * n * COMPARISON_STEP)) * COMPARISON_STEP;
}

export type ComparisonFigure = { average: number; organizations: number } | { average: null; reason: 'too_few'; organizations: number };

/**
 * The figure to show beside the viewer's own, from the other organisations' indexes (the viewer's
 * own must not be in the list; null entries are organisations without a countable answer in the group).
 */
export function comparisonFigure(otherIndexes: readonly (number | null)[]): ComparisonFigure {
  const indexes = otherIndexes.filter((value): value is number => value !== null);
  if (indexes.length < COMPARISON_MIN_OTHERS) return { average: null, reason: 'too_few', organizations: indexes.length };
  return { average: roundedMean(indexes), organizations: indexes.length };
}
