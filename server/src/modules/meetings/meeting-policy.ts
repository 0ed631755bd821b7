import { AppError } from '@server/platform/errors';
import type { MeetingRow } from '@server/modules/meetings/meetings.repository';

/** Once the chair has approved (justerat) the minutes, the meeting is frozen: 409 on any change. */
export function assertNotFrozen(meeting: Pick<MeetingRow, 'minutesApprovedAt'>): void {
  if (meeting.minutesApprovedAt) throw new AppError('invalid_state', 'The minutes are approved (justerade); the meeting can no longer change.');
}
