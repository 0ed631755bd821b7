import type { NeedStatus } from '@domain/needs.contracts';

const ZONE = 'Europe/Stockholm';

/** Minutes Stockholm is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The calendar date after `date` (YYYY-MM-DD), across month and year ends. */
export function nextDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The instant a calendar date begins in Sweden (00:00 Europe/Stockholm). Midnight is never inside
 * the summer-time change (which happens at 02:00/03:00), so it always exists and is unique.
 */
export function startOfSwedishDay(date: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  const first = wall - stockholmOffsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - stockholmOffsetMinutes(new Date(first)) * 60_000);
}

/**
 * The time a compilation (kvartalssammanställning) for a meeting covers: from the start of the
 * forum's previous meeting day (inclusive: a need changed that day but not decided there belongs to
 * the next meeting) to the end of this meeting's day, both in Swedish time. Without a previous
 * meeting it starts at the beginning.
 */
export type CompilationWindow = { from: Date | null; until: Date };

export function compilationWindow(previousMeetingDate: string | null, meetingDate: string): CompilationWindow {
  return { from: previousMeetingDate ? startOfSwedishDay(previousMeetingDate) : null, until: startOfSwedishDay(nextDate(meetingDate)) };
}

/** What the rule needs to know of a need. */
export type CompilationCandidate = { status: NeedStatus; submittedAt: Date; updatedAt: Date };

/**
 * Whether a need belongs on a meeting's proposed agenda: it is assessed and undecided (status
 * `assessed`: an agreed assessment, no decision yet — parked, approved, rejected and merged needs
 * are decided), and it was submitted or changed within the window.
 */
export function belongsToCompilation(need: CompilationCandidate, window: CompilationWindow): boolean {
  if (need.status !== 'assessed') return false;
  const touched = Math.max(need.submittedAt.getTime(), need.updatedAt.getTime());
  return (window.from === null || touched >= window.from.getTime()) && touched < window.until.getTime();
}
