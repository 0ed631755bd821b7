/**
 * När: when a plan item is to be done. Seeds say "2023", "2022–2024", "kv 3 2017", "Löpande under
 * 2022–2024" and "På sikt", so timing is one of five kinds. Pure rules: which years an item
 * occupies, whether it fits the plan's period, how it is written in Swedish and how items sort.
 */
export const TIMING_KINDS = ['year', 'years', 'quarter', 'ongoing', 'eventually'] as const;
export type TimingKind = (typeof TIMING_KINDS)[number];

export type PlanTiming =
  | { kind: 'year'; year: number }
  | { kind: 'years'; fromYear: number; toYear: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'ongoing' }
  | { kind: 'eventually' };

/** Kort, medellång or lång sikt (seed 004's roadmap). */
export const HORIZONS = ['short', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];
export const HORIZON_LABELS_SV: Record<Horizon, string> = { short: 'Kort sikt', medium: 'Medellång sikt', long: 'Lång sikt' };

export type PlanPeriod = { startYear: number; endYear: number };

/** The years of the period, in order. */
export function periodYearList(period: PlanPeriod): number[] {
  return Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i);
}

/** The calendar years an item occupies in the plan: "löpande" is every year, "på sikt" none. */
export function timingYears(timing: PlanTiming, period: PlanPeriod): number[] {
  switch (timing.kind) {
    case 'year':
    case 'quarter':
      return [timing.year];
    case 'years':
      return Array.from({ length: Math.max(0, timing.toYear - timing.fromYear + 1) }, (_, i) => timing.fromYear + i);
    case 'ongoing':
      return periodYearList(period);
    case 'eventually':
      return [];
  }
}

export type TimingIssue = { path: 'year' | 'fromYear' | 'toYear'; code: 'outside_period' | 'range_inverted' };

/** Why the timing does not fit the plan's period (a year outside it, a span that runs backwards). */
export function timingIssues(timing: PlanTiming, period: PlanPeriod): TimingIssue[] {
  const outside = (year: number) => year < period.startYear || year > period.endYear;
  switch (timing.kind) {
    case 'year':
    case 'quarter':
      return outside(timing.year) ? [{ path: 'year', code: 'outside_period' }] : [];
    case 'years': {
      const issues: TimingIssue[] = [];
      if (outside(timing.fromYear)) issues.push({ path: 'fromYear', code: 'outside_period' });
      if (outside(timing.toYear)) issues.push({ path: 'toYear', code: 'outside_period' });
      if (timing.fromYear > timing.toYear) issues.push({ path: 'toYear', code: 'range_inverted' });
      return issues;
    }
    case 'ongoing':
    case 'eventually':
      return [];
  }
}

/** "2023", "2022–2024", "Kv 3 2023", "Löpande", "På sikt". */
export function formatTiming(timing: PlanTiming): string {
  switch (timing.kind) {
    case 'year':
      return String(timing.year);
    case 'years':
      return timing.fromYear === timing.toYear ? String(timing.fromYear) : `${timing.fromYear}–${timing.toYear}`;
    case 'quarter':
      return `Kv ${timing.quarter} ${timing.year}`;
    case 'ongoing':
      return 'Löpande';
    case 'eventually':
      return 'På sikt';
  }
}

/**
 * A sort key: items with a time first by their first year and quarter, then "löpande", then "på
 * sikt" — the order of seed 000's table.
 */
export function timingSortKey(timing: PlanTiming): number {
  switch (timing.kind) {
    case 'year':
      return timing.year * 10;
    case 'years':
      return timing.fromYear * 10;
    case 'quarter':
      return timing.year * 10 + timing.quarter;
    case 'ongoing':
      return 900_000;
    case 'eventually':
      return 1_000_000;
  }
}

/** True when two timings say the same thing. */
export function sameTiming(a: PlanTiming, b: PlanTiming): boolean {
  return formatTiming(a) === formatTiming(b) && a.kind === b.kind;
}
