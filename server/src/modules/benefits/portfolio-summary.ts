import { focusAreasLabel } from '@domain/need-scope';
import type { TPortfolio, TPortfolioGroup, TPortfolioRow } from '@domain/benefit-follow-up.contracts';
import type { BenefitStatus } from '@domain/benefit-status';
import { calculate } from '@domain/cost-benefit';
import type { ParsedCalculation } from '@domain/cost-benefit.contracts';
import type { InitiativeSummary } from '@server/modules/benefits/initiative-titles';

export type PortfolioInput = {
  initiatives: InitiativeSummary[];
  calculations: Map<string, ParsedCalculation>;
  statuses: Map<string, BenefitStatus[]>;
  dueCounts: Map<string, number>;
};
type Sums = { plannedCost: bigint; plannedBenefitLow: bigint; plannedBenefitHigh: bigint; actualCost: bigint; actualBenefit: bigint };
const zero = (): Sums => ({ plannedCost: 0n, plannedBenefitLow: 0n, plannedBenefitHigh: 0n, actualCost: 0n, actualBenefit: 0n });
const wire = (s: Sums) => ({
  plannedCost: s.plannedCost.toString(),
  plannedBenefitLow: s.plannedBenefitLow.toString(),
  plannedBenefitHigh: s.plannedBenefitHigh.toString(),
  actualCost: s.actualCost.toString(),
  actualBenefit: s.actualBenefit.toString(),
});

/** Planned and realised amounts of one calculation per calendar year. */
function yearSums(calc: ParsedCalculation): Map<number, Sums> {
  const result = calculate(calc);
  const byYear = new Map<number, Sums>();
  result.low.years.forEach((low, i) => {
    byYear.set(low.year, { ...zero(), plannedCost: low.cost, plannedBenefitLow: low.benefit, plannedBenefitHigh: result.high.years[i]!.benefit });
  });
  for (const o of calc.outcome) {
    const sums = byYear.get(o.year) ?? zero();
    byYear.set(o.year, { ...sums, actualCost: o.cost, actualBenefit: o.benefit });
  }
  return byYear;
}

/**
 * The portfolio benefit view: per initiative planned vs realised cost and benefit (optionally one
 * year), the gap – planned low net minus realised net over the years with a recorded outcome,
 * largest shortfall first – and sums per focus area and year. Pure.
 */
export function summarisePortfolio(input: PortfolioInput, filter: { year?: number; focusAreaId?: string }): TPortfolio {
  const rows: TPortfolioRow[] = [];
  const groups = new Map<string, TPortfolioGroup & { sums: Sums }>();
  const years = new Set<number>();
  for (const initiative of input.initiatives) {
    if (filter.focusAreaId && !initiative.focusAreas.some((area) => area.id === filter.focusAreaId)) continue;
    const calc = input.calculations.get(initiative.id);
    const perYear = calc ? yearSums(calc) : new Map<number, Sums>();
    const total = zero();
    let gap = 0n;
    for (const [year, s] of perYear) {
      years.add(year);
      if (filter.year !== undefined && year !== filter.year) continue;
      total.plannedCost += s.plannedCost;
      total.plannedBenefitLow += s.plannedBenefitLow;
      total.plannedBenefitHigh += s.plannedBenefitHigh;
      total.actualCost += s.actualCost;
      total.actualBenefit += s.actualBenefit;
      if (calc!.outcome.some((o) => o.year === year)) gap += s.plannedBenefitLow - s.plannedCost - (s.actualBenefit - s.actualCost);
      // An initiative in several focus areas is summed once, under all of them together: split
      // over each area, the sums would count its money more than once.
      const areaName = focusAreasLabel(initiative.focusAreas) || 'Utan fokusområde';
      const key = `${areaName}|${year}`;
      const group = groups.get(key) ?? { focusAreaName: areaName, year, ...wire(zero()), sums: zero() };
      for (const k of Object.keys(s) as (keyof Sums)[]) group.sums[k] += s[k];
      groups.set(key, group);
    }
    const statuses = input.statuses.get(initiative.id) ?? [];
    rows.push({
      initiativeId: initiative.id,
      title: initiative.title,
      stage: initiative.stage,
      focusAreas: initiative.focusAreas,
      ...wire(total),
      gap: gap.toString(),
      benefitCount: statuses.length,
      realisedCount: statuses.filter((s) => s === 'realised').length,
      atRiskCount: statuses.filter((s) => s === 'at_risk' || s === 'not_realised').length,
      dueCount: input.dueCounts.get(initiative.id) ?? 0,
    });
  }
  rows.sort((a, b) => (BigInt(b.gap) > BigInt(a.gap) ? 1 : BigInt(b.gap) < BigInt(a.gap) ? -1 : a.title.localeCompare(b.title, 'sv')));
  return {
    rows,
    groups: [...groups.values()]
      .map(({ sums, ...g }) => ({ ...g, ...wire(sums) }))
      .sort((a, b) => a.focusAreaName.localeCompare(b.focusAreaName, 'sv') || a.year - b.year),
    years: [...years].sort((a, b) => a - b),
  };
}
