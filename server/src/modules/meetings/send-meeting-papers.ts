import type { TMeetingSent } from '@domain/meetings.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { notifyUser } from '@server/modules/notifications/notify';
import { queueEmail } from '@server/modules/email/queue-email';
import { findForumMemberRows, findForumRow } from '@server/modules/meetings/forums.repository';
import { findItemRows, findMeetingRow, updateMeetingRow } from '@server/modules/meetings/meetings.repository';
import { loadMeeting } from '@server/modules/meetings/load-meeting';
import { assertNotFrozen, meetingLink, swedishDate } from '@server/modules/meetings/meeting-policy';

/**
 * The coordinator sends the kallelse (If-Match = the meeting's version): every member of the forum
 * is told in-app and, unless they said no to it, by e-mail — in the same transaction as
 * `agenda_sent_at`, so a kallelse is either recorded and queued or neither. Sending again after the
 * agenda changed is allowed; the message then says it is an updated kallelse. The e-mail names the
 * meeting only (no need texts, nothing about clients): the papers are behind the link.
 */
export async function sendMeetingPapers(ctx: Ctx, id: string, expected: number): Promise<TMeetingSent> {
  return inTenant(ctx, async (tx) => {
    const current = await findMeetingRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('meeting');
    authorize(ctx, 'meeting:manage');
    assertNotFrozen(current);
    if (current.version !== expected) throw staleVersion();

    const resent = current.agendaSentAt !== null;
    const forum = (await findForumRow(tx, ctx, current.forumId))!;
    const members = await findForumMemberRows(tx, ctx, [forum.id]);
    const itemCount = (await findItemRows(tx, ctx, id)).length;
    const row = await updateMeetingRow(tx, ctx, id, { agendaSentAt: new Date() });

    const date = swedishDate(current.meetingDate);
    const lead = resent ? 'Kallelsen har uppdaterats' : 'Du är kallad';
    let notified = 0;
    let emailed = 0;
    for (const member of members) {
      if (member.userId === ctx.actor.id) continue;
      await notifyUser(tx, ctx, {
        userId: member.userId,
        kind: 'meeting_papers',
        params: { meetingTitle: current.title, forumName: forum.name, meetingDate: current.meetingDate, resent: resent ? 1 : 0, link: meetingLink(id) },
      });
      notified++;
      const queued = await queueEmail(tx, {
        organizationId: ctx.organizationId,
        toUserId: member.userId,
        kind: 'meeting_papers',
        subject: `${resent ? 'Uppdaterad kallelse' : 'Kallelse'}: ${current.title} ${date}`,
        text: [
          'Hej!',
          '',
          `${lead}: ${forum.name}, ${current.title}, den ${date}${current.place ? ` i ${current.place}` : ''}.`,
          `Dagordningen har ${itemCount} ${itemCount === 1 ? 'punkt' : 'punkter'}. Underlagen och förslagen till beslut finns i Digiplan, där du också kan ladda ner kallelsen som Word-fil.`,
        ].join('\n'),
        link: meetingLink(id),
      });
      if (queued) emailed++;
    }
    await recordAudit(tx, ctx, {
      action: 'meeting.agenda_sent',
      entityType: 'meeting',
      entityId: id,
      before: { agendaSentAt: current.agendaSentAt?.toISOString() ?? null },
      after: { agendaSentAt: row.agendaSentAt!.toISOString(), itemCount, recipients: notified },
    });
    return { meeting: await loadMeeting(tx, ctx, row), notified, emailed, resent };
  });
}
