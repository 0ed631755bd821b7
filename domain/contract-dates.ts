/**
 * Contract dates of the system list. Dates are calendar dates (YYYY-MM-DD) with no time zone, so
 * the arithmetic is done on year/month/day numbers, never on Date objects in local time.
 */

function parts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `months` added to (or, when negative, taken from) a date; the day is kept or clamped to the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = parts(isoDate);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(newYear, newMonth, 0)).getUTCDate();
  return `${pad(newYear, 4)}-${pad(newMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** The last day to give notice: the end date less the notice period (no period: the end date itself). */
export function noticeDate(contractEnd: string, noticeMonths: number | null): string {
  return addMonths(contractEnd, -(noticeMonths ?? 0));
}

export type ContractRow = { id: string; name: string; supplier: string; contractEnd: string | null; noticeMonths: number | null };

/**
 * The contracts that end from `today` up to `months` months ahead, soonest notice date first, each
 * with its notice date — so the förvaltning sees in time which contracts to renew or give notice on.
 */
export function contractsEndingWithin<T extends ContractRow>(rows: readonly T[], today: string, months: number) {
  const horizon = addMonths(today, months);
  return rows
    .filter((row): row is T & { contractEnd: string } => row.contractEnd !== null && row.contractEnd >= today && row.contractEnd <= horizon)
    .map((row) => ({ ...row, noticeDate: noticeDate(row.contractEnd, row.noticeMonths) }))
    .sort((a, b) => a.noticeDate.localeCompare(b.noticeDate) || a.name.localeCompare(b.name, 'sv'));
}
