import type { Priority } from '@domain/assessment';
import { formatCostEstimate, type CostEstimate } from '@domain/cost-estimate';
import { costEstimateFromWire } from '@domain/cost-estimate.contracts';
import type { Ore } from '@domain/money';
import type { TCostEstimate, TPlan, TPlanItem, TPlanSections, TPlanTiming } from '@domain/plans.contracts';
import { departsFromSuggestion, type PlanPriority } from '@domain/plan-priority';
import { itemYears, sumResources, type ResourceItem } from '@domain/plan-resources';
import { formatTiming, type Horizon, type PlanPeriod } from '@domain/plan-timing';
import type { ItemSourceFacts, PlanItemRow, PlanRow } from '@server/modules/plans/plans.repository';

/** The wire/stored estimate (öre as strings) as the domain's estimate (öre as bigint). */
export const costFromWire: (cost: TCostEstimate) => CostEstimate = costEstimateFromWire;

export const itemCost = (row: PlanItemRow) => costFromWire(row.cost as TCostEstimate);
export const itemTiming = (row: PlanItemRow) => row.timing as TPlanTiming;
type StaffHours = { year: number; hours: number }[];

/** An item as the rules of resources per year see it. */
export function resourceItem(row: PlanItemRow, calculationCosts: ReadonlyMap<string, ReadonlyMap<number, Ore>>): ResourceItem {
  const staffHoursByYear: Record<string, number> = {};
  for (const entry of row.staffHours as StaffHours) staffHoursByYear[String(entry.year)] = entry.hours;
  return {
    focusAreaIds: row.focusAreaId ? [row.focusAreaId] : [],
    timing: itemTiming(row),
    cost: itemCost(row),
    calculationCostByYear: (row.initiativeId && calculationCosts.get(row.initiativeId)) || null,
    staffHoursByYear,
  };
}

export type PlanFacts = {
  focusAreaNames: ReadonlyMap<string, string>;
  sourceFacts: ReadonlyMap<string, ItemSourceFacts>;
  calculationCosts: ReadonlyMap<string, ReadonlyMap<number, Ore>>;
};

/** One item with its Swedish texts, its money per year and where that money comes from. */
export function presentPlanItem(row: PlanItemRow, period: PlanPeriod, facts: PlanFacts): TPlanItem {
  const source = facts.sourceFacts.get(row.id);
  const priority = row.priority as PlanPriority | null;
  const suggestion = row.prioritySuggestion as Priority | null;
  return {
    id: row.id,
    key: row.key,
    needId: row.needId,
    needNumber: source?.needNumber ?? null,
    initiativeId: row.initiativeId,
    initiativeStage: source?.initiativeStage ?? null,
    initiativeForm: source?.initiativeForm ?? null,
    title: row.title,
    what: row.what,
    why: row.why,
    how: row.how,
    expectedBenefit: row.expectedBenefit,
    timing: itemTiming(row),
    timingText: formatTiming(itemTiming(row)),
    horizon: row.horizon as Horizon,
    priority,
    prioritySuggestion: suggestion,
    departsFromSuggestion: departsFromSuggestion(priority, suggestion),
    cost: row.cost as TCostEstimate,
    costText: formatCostEstimate(itemCost(row)),
    staffHours: row.staffHours as StaffHours,
    moneyByYear: itemYears(resourceItem(row, facts.calculationCosts), period).map((y) => ({ year: y.year, low: y.low.toString(), high: y.high.toString(), source: y.source, staffHours: y.staffHours })),
    focusAreaId: row.focusAreaId,
    focusAreaName: row.focusAreaId ? (facts.focusAreaNames.get(row.focusAreaId) ?? null) : null,
    position: row.position,
    version: row.version,
  };
}

const yearSumWire = <T extends { low: bigint; high: bigint }>(sum: T) => ({ ...sum, low: sum.low.toString(), high: sum.high.toString() });

/** The whole plan version: sections, items, resources per year and what the reader may do with it. */
export function presentPlan(
  row: PlanRow,
  items: PlanItemRow[],
  facts: PlanFacts & { fixedByName: string | null; series: PlanRow[]; permissions: TPlan['permissions'] },
): TPlan {
  const period = { startYear: row.startYear, endYear: row.endYear };
  const sums = sumResources(items.map((item) => resourceItem(item, facts.calculationCosts)), period);
  return {
    id: row.id,
    seriesId: row.seriesId,
    versionNumber: row.versionNumber,
    title: row.title,
    startYear: row.startYear,
    endYear: row.endYear,
    sections: row.sections as TPlanSections,
    status: row.status as TPlan['status'],
    fixedOn: row.fixedOn,
    decisionReference: row.decisionReference,
    fixedByName: facts.fixedByName,
    items: items.map((item) => presentPlanItem(item, period, facts)),
    resources: {
      years: sums.years.map(yearSumWire),
      total: yearSumWire(sums.total),
      byFocusArea: sums.byFocusArea.map((area) => ({
        focusAreaId: area.focusAreaId,
        focusAreaName: area.focusAreaId ? (facts.focusAreaNames.get(area.focusAreaId) ?? null) : null,
        years: area.years.map(yearSumWire),
        total: yearSumWire(area.total),
      })),
    },
    versions: facts.series.map((version) => ({ id: version.id, versionNumber: version.versionNumber, status: version.status as TPlan['status'], fixedOn: version.fixedOn, decisionReference: version.decisionReference })),
    permissions: facts.permissions,
    version: row.version,
  };
}
