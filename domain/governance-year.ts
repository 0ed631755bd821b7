import { addMonths } from '@domain/contract-dates';

/**
 * Dates of the årshjul that come from the data (pure; calendar dates YYYY-MM-DD, no time zone).
 */

/**
 * The measurement dates of a benefit that fall in `year`: the first due date and every interval
 * after it, up to the target date when one is set (a benefit is not measured after its target).
 */
export function measurementDatesInYear(firstDue: string, intervalMonths: number, year: number, targetDate: string | null): string[] {
  const first = `${year}-01-01`;
  const last = targetDate !== null && targetDate < `${year}-12-31` ? targetDate : `${year}-12-31`;
  const dates: string[] = [];
  for (let k = 0; k < 10_000; k += 1) {
    const date = addMonths(firstDue, k * intervalMonths);
    if (date > last) break;
    if (date >= first) dates.push(date);
  }
  return dates;
}

/** The month (1–12) of a date. */
export const monthOf = (isoDate: string) => Number(isoDate.slice(5, 7));

/** Whether a date lies in the calendar year. */
export const inYear = (isoDate: string, year: number) => isoDate.startsWith(`${String(year).padStart(4, '0')}-`);
