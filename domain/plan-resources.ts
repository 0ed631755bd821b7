import { yearlyCost, type CostEstimate } from '@domain/cost-estimate';
import type { Ore } from '@domain/money';
import { periodYearList, timingYears, type PlanPeriod, type PlanTiming } from '@domain/plan-timing';

/**
 * Resurser per år (seed 004): money and staff time per plan item and year, summed per year, per
 * focus area and for the whole plan. Money is never typed twice: it comes from the initiative's
 * nyttokalkyl where one exists, otherwise from the item's cost estimate; staff time is the hours
 * entered per year on the item. Pure and exact.
 */
export type ResourceItem = {
  focusAreaIds: readonly string[];
  timing: PlanTiming;
  cost: CostEstimate;
  /** The nyttokalkyl's cost per calendar year, when the item's initiative has one. */
  calculationCostByYear: ReadonlyMap<number, Ore> | null;
  staffHoursByYear: Readonly<Record<string, number>>;
};

export const MONEY_SOURCES = ['calculation', 'estimate', 'unknown'] as const;
export type MoneySource = (typeof MONEY_SOURCES)[number];

export type ItemYear = { year: number; low: Ore; high: Ore; source: MoneySource; staffHours: number };

/** The item's money and staff time in each year of the period it occupies. */
export function itemYears(item: ResourceItem, period: PlanPeriod): ItemYear[] {
  const years = timingYears(item.timing, period).filter((year) => year >= period.startYear && year <= period.endYear);
  return years.map((year, index) => {
    const staffHours = item.staffHoursByYear[String(year)] ?? 0;
    if (item.calculationCostByYear) {
      const cost = item.calculationCostByYear.get(year) ?? 0n;
      return { year, low: cost, high: cost, source: 'calculation', staffHours };
    }
    const cost = yearlyCost(item.cost, index === 0);
    if (!cost) return { year, low: 0n, high: 0n, source: 'unknown', staffHours };
    return { year, low: cost[0], high: cost[1], source: 'estimate', staffHours };
  });
}

export type YearSum = { year: number; low: Ore; high: Ore; staffHours: number; itemsWithoutAmount: number };
export type ResourceSums = {
  years: YearSum[];
  total: Omit<YearSum, 'year'>;
  /** One row per focus area id (`null` = items without a focus area); an item with several areas counts in each. */
  byFocusArea: { focusAreaId: string | null; years: YearSum[]; total: Omit<YearSum, 'year'> }[];
};

const emptyYear = (year: number): YearSum => ({ year, low: 0n, high: 0n, staffHours: 0, itemsWithoutAmount: 0 });

function add(sum: YearSum, part: ItemYear): void {
  sum.low += part.low;
  sum.high += part.high;
  sum.staffHours += part.staffHours;
  if (part.source === 'unknown') sum.itemsWithoutAmount += 1;
}

function totalOf(years: YearSum[]): Omit<YearSum, 'year'> {
  return years.reduce(
    (total, y) => ({ low: total.low + y.low, high: total.high + y.high, staffHours: total.staffHours + y.staffHours, itemsWithoutAmount: total.itemsWithoutAmount + y.itemsWithoutAmount }),
    { low: 0n, high: 0n, staffHours: 0, itemsWithoutAmount: 0 },
  );
}

/**
 * Sums per year of the period, per focus area and in total. The plan total counts each item once,
 * even when it serves several focus areas (so the focus-area rows may add up to more than the total).
 */
export function sumResources(items: readonly ResourceItem[], period: PlanPeriod): ResourceSums {
  const yearList = periodYearList(period);
  const years = yearList.map(emptyYear);
  const areas = new Map<string | null, YearSum[]>();
  for (const item of items) {
    const parts = itemYears(item, period);
    const areaIds = item.focusAreaIds.length > 0 ? item.focusAreaIds : [null];
    for (const areaId of areaIds) if (!areas.has(areaId)) areas.set(areaId, yearList.map(emptyYear));
    for (const part of parts) {
      const index = part.year - period.startYear;
      add(years[index]!, part);
      for (const areaId of areaIds) add(areas.get(areaId)![index]!, part);
    }
  }
  return {
    years,
    total: totalOf(years),
    byFocusArea: [...areas.entries()].map(([focusAreaId, areaYears]) => ({ focusAreaId, years: areaYears, total: totalOf(areaYears) })),
  };
}
