/**
 * The audit filter's dates are Swedish calendar days, but the API reads a bare date as midnight
 * UTC (an hour or two into the Swedish day). These turn a day into the exact instant it starts in
 * Stockholm, with its offset, so "från 1 mars" really starts at 00:00 Swedish time.
 */
const TIME_ZONE = 'Europe/Stockholm';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** Stockholm's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
function offsetMinutes(utcMs: number): number {
  const name = offsetFormat.formatToParts(new Date(utcMs)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

const pad = (value: number) => String(value).padStart(2, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** True for a real calendar date written `ÅÅÅÅ-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** `2026-03-01` → `2026-03-01T00:00:00+01:00`: when that day starts in Stockholm. */
export function startOfSwedishDay(date: string): string {
  const match = DATE.exec(date);
  if (!match) throw new Error(`Not a date: ${date}`);
  const midnightUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Offsets change at 01:00 UTC, never between a Swedish midnight and the UTC midnight after it.
  return `${date}T00:00:00${formatOffset(offsetMinutes(midnightUtc))}`;
}

/** `2026-03-31` → `2026-04-01T00:00:00+02:00`: the (exclusive) end of that Swedish day. */
export function endOfSwedishDay(date: string): string {
  const match = DATE.exec(date);
  if (!match) throw new Error(`Not a date: ${date}`);
  const next = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1)).toISOString().slice(0, 10);
  return startOfSwedishDay(next);
}
