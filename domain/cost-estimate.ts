import { formatMoney, type Ore } from '@domain/money';

/**
 * Uppskattad kostnad: the one cost-estimate type of Digiplan, used by plan items and (later) needs.
 * Seed 000 writes costs as "Ca 15 000 kr", "Ca 40 000–60 000 kr", "4000 kr/skåp",
 * "Konsultarvode 1250 kr/h", "Månadskostnad" or just "tid, lönekostnad" — so an estimate is an
 * amount or a range (low–high), how often it recurs, and a note; the amounts may be missing when
 * only the note is known. Pure and exact (öre as bigint).
 */
export const COST_RECURRENCES = ['one_off', 'per_month', 'per_year', 'per_unit', 'per_hour'] as const;
export type CostRecurrence = (typeof COST_RECURRENCES)[number];

export const COST_RECURRENCE_LABELS_SV: Record<CostRecurrence, string> = {
  one_off: 'engångskostnad',
  per_month: 'per månad',
  per_year: 'per år',
  per_unit: 'per enhet',
  per_hour: 'per timme',
};

const SUFFIX_SV: Record<CostRecurrence, string> = { one_off: '', per_month: '/mån', per_year: '/år', per_unit: '/enhet', per_hour: '/h' };

/** `low` alone is an amount; `low` and `high` a range. Both null: only the note is known. */
export type CostEstimate = { low: Ore | null; high: Ore | null; recurrence: CostRecurrence; note: string };

export const EMPTY_COST_ESTIMATE: CostEstimate = { low: null, high: null, recurrence: 'one_off', note: '' };

/** A field issue of an estimate, with its path below the estimate. */
export type CostEstimateIssue = { path: 'low' | 'high'; code: 'range_inverted' | 'high_without_low' | 'negative' };

/** What is wrong with an estimate: a range whose low is above its high, a high without a low, a negative amount. */
export function costEstimateIssues(estimate: CostEstimate): CostEstimateIssue[] {
  const issues: CostEstimateIssue[] = [];
  if (estimate.low !== null && estimate.low < 0n) issues.push({ path: 'low', code: 'negative' });
  if (estimate.high !== null && estimate.high < 0n) issues.push({ path: 'high', code: 'negative' });
  if (estimate.high !== null && estimate.low === null) issues.push({ path: 'high', code: 'high_without_low' });
  if (estimate.low !== null && estimate.high !== null && estimate.low > estimate.high) issues.push({ path: 'high', code: 'range_inverted' });
  return issues;
}

/** True when the estimate carries at least one amount. */
export const hasAmount = (estimate: CostEstimate): boolean => estimate.low !== null;

/** The range as [low, high]; an amount is a range of one point; null without amounts. */
export function costRange(estimate: CostEstimate): [Ore, Ore] | null {
  if (estimate.low === null) return null;
  return [estimate.low, estimate.high ?? estimate.low];
}

/**
 * What the estimate costs in one calendar year in which the work runs, as [low, high], or null when
 * it cannot be told from the estimate alone (per unit or per hour without a count). `isFirstYear`
 * says whether a one-off cost falls in this year.
 */
export function yearlyCost(estimate: CostEstimate, isFirstYear: boolean): [Ore, Ore] | null {
  const range = costRange(estimate);
  if (!range) return null;
  switch (estimate.recurrence) {
    case 'one_off':
      return isFirstYear ? range : [0n, 0n];
    case 'per_year':
      return range;
    case 'per_month':
      return [range[0] * 12n, range[1] * 12n];
    case 'per_unit':
    case 'per_hour':
      return null;
  }
}

/**
 * The estimate as seed 000 writes it: "Ca 15 000 kr", "40 000–60 000 kr", "4 000 kr/enhet",
 * "1 250 kr/h, konsultarvode"; only the note when there is no amount; "" when nothing is known.
 */
export function formatCostEstimate(estimate: CostEstimate): string {
  const range = costRange(estimate);
  const note = estimate.note.trim();
  if (!range) return note;
  const suffix = SUFFIX_SV[estimate.recurrence];
  const amount =
    range[0] === range[1]
      ? `Ca ${formatMoney(range[0])}${suffix}`
      : `${formatMoney(range[0]).replace(/\u00a0kr$/, '')}–${formatMoney(range[1])}${suffix}`;
  return note ? `${amount}, ${note}` : amount;
}
