import type { TMeeting } from '@domain/meetings.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findForumMemberRows } from '@server/modules/meetings/forums.repository';
import { findMeetingRow, updateMeetingRow } from '@server/modules/meetings/meetings.repository';
import { loadMeeting } from '@server/modules/meetings/load-meeting';
import { assertNotFrozen } from '@server/modules/meetings/meeting-policy';

/**
 * The forum's chair approves (justerar) the minutes (If-Match = the meeting's version, so the chair
 * approves the decisions they saw). From then on the meeting is frozen: the agenda, the kallelse and
 * new decisions at it are refused with 409. Only the chair may approve — not the coordinator, not
 * another member — so a role is not enough.
 */
export async function approveMinutes(ctx: Ctx, id: string, expected: number): Promise<TMeeting> {
  return inTenant(ctx, async (tx) => {
    const current = await findMeetingRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('meeting');
    authorize(ctx, 'decision:read');
    const chair = (await findForumMemberRows(tx, ctx, [current.forumId])).find((member) => member.isChair);
    if (chair?.userId !== ctx.actor.id) throw new AppError('forbidden', 'Bara forumets ordförande kan justera protokollet.');
    assertNotFrozen(current);
    if (current.version !== expected) throw staleVersion();
    const row = await updateMeetingRow(tx, ctx, id, { minutesApprovedAt: new Date(), minutesApprovedBy: ctx.actor.id });
    await recordAudit(tx, ctx, {
      action: 'meeting.minutes_approved',
      entityType: 'meeting',
      entityId: id,
      before: { minutesApprovedAt: null },
      after: { minutesApprovedAt: row.minutesApprovedAt!.toISOString(), minutesApprovedBy: ctx.actor.id },
    });
    return loadMeeting(tx, ctx, row);
  });
}
