import { AppError } from '@server/platform/errors';
import type { MeetingRow } from '@server/modules/meetings/meetings.repository';

/**
 * Once the chair has approved (justerat) the minutes, the meeting is frozen: 409 on any change — the
 * agenda, the kallelse, a new decision at it. The detail is Swedish because the web app shows it as is.
 */
export function assertNotFrozen(meeting: Pick<MeetingRow, 'minutesApprovedAt'>): void {
  if (meeting.minutesApprovedAt) throw new AppError('invalid_state', 'Protokollet är justerat. Sammanträdet kan inte längre ändras.');
}

/** The path of a meeting's page inside Digiplan (e-mail links and in-app notifications). */
export const meetingLink = (id: string) => `/moten/${id}`;

/** "3 december 2026": a meeting's date as a Swedish reader writes it. */
export const swedishDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
