import type { TPortfolioGroup } from '@domain/benefit-follow-up.contracts';

/** Planned (low and high) and realised benefit for the whole portfolio, per year, in öre. */
export type TPortfolioYear = { year: number; plannedLow: string; plannedHigh: string; actual: string };

/** Sums the portfolio's focus-area groups per year (each initiative is in exactly one group). */
export function portfolioYears(groups: readonly TPortfolioGroup[]): TPortfolioYear[] {
  const years = new Map<number, { plannedLow: bigint; plannedHigh: bigint; actual: bigint }>();
  for (const group of groups) {
    const sum = years.get(group.year) ?? { plannedLow: 0n, plannedHigh: 0n, actual: 0n };
    sum.plannedLow += BigInt(group.plannedBenefitLow);
    sum.plannedHigh += BigInt(group.plannedBenefitHigh);
    sum.actual += BigInt(group.actualBenefit);
    years.set(group.year, sum);
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, sum]) => ({ year, plannedLow: String(sum.plannedLow), plannedHigh: String(sum.plannedHigh), actual: String(sum.actual) }));
}
