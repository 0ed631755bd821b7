import type { TMeeting } from '@domain/meetings.contracts';

/** What the audit log keeps of a meeting's agenda: its heading and each item's title and texts, in order. */
export function agendaAuditState(meeting: TMeeting) {
  return {
    forumName: meeting.forum.name,
    meetingDate: meeting.meetingDate,
    title: meeting.title,
    place: meeting.place,
    items: meeting.items.map((item) => ({ title: item.title, analysis: item.analysis, proposal: item.proposal })),
  };
}
