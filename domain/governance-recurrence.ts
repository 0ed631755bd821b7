import { todayInSweden } from '@domain/decisions.contracts';

/**
 * When a recurring event of the årshjul (återkommande händelse) falls. A rule names the months it
 * recurs in and, optionally, a day of the month; a day the month lacks is moved to the month's last
 * day (31 → 30 April, 28 or 29 February). Dates are calendar dates (YYYY-MM-DD) in Swedish local
 * time with no clock time, so the arithmetic is done on year/month/day numbers and never on Date
 * objects in the server's zone; only "today" is read from an instant, in Europe/Stockholm.
 */
export type RecurrenceRule = { months: readonly number[]; dayOfMonth: number | null };

/** The months of a quarterly event: the last month of each quarter (kvartalssammanställning). */
export const QUARTER_END_MONTHS = [3, 6, 9, 12] as const;

/** One occurrence: its month and, when the rule names a day, its date. */
export type Occurrence = { month: number; date: string | null };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The months of a rule, each once, in calendar order; months outside 1–12 are ignored. */
export function ruleMonths(rule: RecurrenceRule): number[] {
  return [...new Set(rule.months)].filter((m) => Number.isInteger(m) && m >= 1 && m <= 12).sort((a, b) => a - b);
}

/** The occurrences of a rule in one calendar year, in order. */
export function occurrencesInYear(rule: RecurrenceRule, year: number): Occurrence[] {
  return ruleMonths(rule).map((month) => ({
    month,
    date: rule.dayOfMonth === null ? null : `${pad(year, 4)}-${pad(month)}-${pad(Math.min(rule.dayOfMonth, daysInMonth(year, month)))}`,
  }));
}

/** The last day an occurrence covers: its date, or the month's last day when the rule names no day. */
function lastDayOf(year: number, occurrence: Occurrence): string {
  return occurrence.date ?? `${pad(year, 4)}-${pad(occurrence.month)}-${pad(daysInMonth(year, occurrence.month))}`;
}

/**
 * The next occurrence on or after the Swedish date of `now` (an occurrence without a day lasts its
 * whole month), looking into the next year when this year's are past. Null for a rule without months.
 */
export function nextOccurrence(rule: RecurrenceRule, now: Date): (Occurrence & { year: number }) | null {
  const today = todayInSweden(now);
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const found = occurrencesInYear(rule, y).find((occurrence) => lastDayOf(y, occurrence) >= today);
    if (found) return { ...found, year: y };
  }
  return null;
}
