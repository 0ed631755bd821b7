import type { Tx } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { notifyUser } from '@server/modules/notifications/notify';
import { queueEmail } from '@server/modules/email/queue-email';
import { findForumMemberRows, findForumRow } from '@server/modules/meetings/forums.repository';
import { findItemRows, findMeetingDecisions, findMeetingRow, updateMeetingRow } from '@server/modules/meetings/meetings.repository';
import { assertNotFrozen, meetingLink, swedishDate } from '@server/modules/meetings/meeting-policy';

type Scope = Pick<Ctx, 'organizationId' | 'actor'>;

/**
 * Checks that a need can be decided at a meeting, locking the meeting row: the meeting is the
 * organisation's (else 400 on `meetingId`, as for any unknown reference in a body), its minutes are
 * not approved (409), the need is on its agenda, and not already decided there (a second thought is
 * a correction of that decision). Returns the forum's name, which the decision records.
 */
export async function meetingForDecision(tx: Tx, ctx: Scope, meetingId: string, needId: string): Promise<{ forumName: string }> {
  const meeting = await findMeetingRow(tx, ctx, meetingId, { lock: true });
  if (!meeting) throw new AppError('validation_failed', 'The meeting does not exist.', [{ path: 'body.meetingId', code: 'not_found' }]);
  assertNotFrozen(meeting);
  const items = await findItemRows(tx, ctx, meetingId);
  if (!items.some((item) => item.needId === needId)) {
    throw new AppError('validation_failed', 'The need is not on the meeting’s agenda.', [{ path: 'body.meetingId', code: 'not_on_agenda' }]);
  }
  if ((await findMeetingDecisions(tx, ctx, meetingId)).has(needId)) {
    throw new AppError('invalid_state', 'Behovet är redan beslutat vid det här sammanträdet. Rätta beslutet i stället.');
  }
  const forum = (await findForumRow(tx, ctx, meeting.forumId))!;
  return { forumName: forum.name };
}

/**
 * After a decision at a meeting: the meeting's version moves on (what the chair approves with
 * If-Match changed), and when this decision was the last of the agenda's needs, the chair is asked —
 * in-app and by e-mail `minutes_to_approve` — to approve (justera) the minutes.
 */
export async function afterDecisionAtMeeting(tx: Tx, ctx: Scope, meetingId: string): Promise<void> {
  const meeting = await updateMeetingRow(tx, ctx, meetingId, {});
  const needIds = (await findItemRows(tx, ctx, meetingId)).flatMap((item) => (item.needId ? [item.needId] : []));
  const decided = await findMeetingDecisions(tx, ctx, meetingId);
  if (needIds.some((needId) => !decided.has(needId))) return;
  const chair = (await findForumMemberRows(tx, ctx, [meeting.forumId])).find((member) => member.isChair);
  if (!chair) return;
  const date = swedishDate(meeting.meetingDate);
  await notifyUser(tx, ctx, {
    userId: chair.userId,
    kind: 'minutes_to_approve',
    params: { meetingTitle: meeting.title, meetingDate: meeting.meetingDate, link: meetingLink(meetingId) },
  });
  if (chair.userId === ctx.actor.id) return;
  await queueEmail(tx, {
    organizationId: ctx.organizationId,
    toUserId: chair.userId,
    kind: 'minutes_to_approve',
    subject: `Protokoll att justera: ${meeting.title} ${date}`,
    text: [
      'Hej!',
      '',
      `Alla behov på dagordningen för ${meeting.title} den ${date} är beslutade. Som ordförande justerar du protokollet.`,
      'Läs protokollet och justera det i Digiplan.',
    ].join('\n'),
    link: meetingLink(meetingId),
  });
}
