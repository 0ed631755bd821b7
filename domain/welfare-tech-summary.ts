import type { TChangeRow, TSummaryRow, WelfareTechState } from '@domain/welfare-tech.contracts';
import { WELFARE_TECH_STATES } from '@domain/welfare-tech.contracts';

type Countable = { technology: string; placement: string; state: WelfareTechState; unitCount: number };

const keyOf = (row: Pick<Countable, 'technology' | 'placement' | 'state'>) => JSON.stringify([row.state, row.technology.toLowerCase(), row.placement.toLowerCase()]);

const order = (a: Omit<TSummaryRow, 'unitCount'>, b: Omit<TSummaryRow, 'unitCount'>) =>
  WELFARE_TECH_STATES.indexOf(a.state) - WELFARE_TECH_STATES.indexOf(b.state) ||
  a.technology.localeCompare(b.technology, 'sv') ||
  a.placement.localeCompare(b.placement, 'sv');

/**
 * The "Sammanställning" table of seed 000 (teknik, antal, placering) for one inventory: units added
 * up per state, technology and placement. Names are matched regardless of case, so "SÄBO" and
 * "Säbo" are one placement; the first spelling seen is shown.
 */
export function summarise(items: readonly Countable[]): TSummaryRow[] {
  const rows = new Map<string, TSummaryRow>();
  for (const item of items) {
    const key = keyOf(item);
    const row = rows.get(key) ?? { technology: item.technology, placement: item.placement, state: item.state, unitCount: 0 };
    row.unitCount += item.unitCount;
    rows.set(key, row);
  }
  return [...rows.values()].sort(order);
}

/**
 * What changed between two inventories: for every technology, placement and state in either, the
 * units before and after and the difference. A row only in the later one started from 0; a row
 * only in the earlier one ended at 0.
 */
export function inventoryChange(before: readonly Countable[], after: readonly Countable[]): TChangeRow[] {
  const rows = new Map<string, TChangeRow>();
  const add = (row: TSummaryRow, side: 'before' | 'after') => {
    const key = keyOf(row);
    const current = rows.get(key) ?? { technology: row.technology, placement: row.placement, state: row.state, before: 0, after: 0, difference: 0 };
    current[side] = row.unitCount;
    current.difference = current.after - current.before;
    rows.set(key, current);
  };
  for (const row of summarise(before)) add(row, 'before');
  for (const row of summarise(after)) add(row, 'after');
  return [...rows.values()].sort(order);
}

/** Units in use per technology at each inventory date: the chart "Välfärdsteknik i drift över tid". */
export type TInUseOverTime = { dates: string[]; series: { technology: string; counts: number[] }[] };

/**
 * How much welfare technology was in use (state `deployed`) at each as-of date, per technology,
 * dates ascending. Placements are added up; names match regardless of case (the first spelling
 * seen is shown). A technology missing from a date's inventory counts 0 there — it was not in use
 * then — and a date with nothing in use still has its place on the axis, so a drop shows.
 */
export function inUseOverTime(items: readonly (Countable & { asOf: string })[]): TInUseOverTime {
  const dates = [...new Set(items.map((item) => item.asOf))].sort();
  const column = new Map(dates.map((date, index) => [date, index]));
  const series = new Map<string, { technology: string; counts: number[] }>();
  for (const item of items) {
    if (item.state !== 'deployed') continue;
    const key = item.technology.toLowerCase();
    const row = series.get(key) ?? { technology: item.technology, counts: dates.map(() => 0) };
    row.counts[column.get(item.asOf)!]! += item.unitCount;
    series.set(key, row);
  }
  return { dates, series: [...series.values()].sort((a, b) => a.technology.localeCompare(b.technology, 'sv')) };
}
