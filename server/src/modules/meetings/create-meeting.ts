import { v7 as uuidv7 } from 'uuid';
import { belongsToCompilation, compilationWindow } from '@domain/meeting-compilation';
import type { NeedStatus } from '@domain/needs.contracts';
import type { TMeeting, TMeetingCreate } from '@domain/meetings.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findForumRow } from '@server/modules/meetings/forums.repository';
import { findAssessedUndecidedNeeds, insertMeetingRow, previousMeetingDate, replaceItems } from '@server/modules/meetings/meetings.repository';
import { loadMeeting } from '@server/modules/meetings/load-meeting';
import { agendaAuditState } from '@server/modules/meetings/agenda-audit-state';

/**
 * The coordinator creates a meeting of a forum on a date, and Digiplan proposes its agenda (the
 * kvartalssammanställning): every need submitted or changed since the forum's previous meeting
 * that is assessed and undecided, best overall first. The coordinator edits the agenda afterwards.
 */
export async function createMeeting(ctx: Ctx, input: TMeetingCreate): Promise<TMeeting> {
  authorize(ctx, 'meeting:manage');
  assertNoPersonalData({ title: input.title, place: input.place });
  return inTenant(ctx, async (tx) => {
    const forum = await findForumRow(tx, ctx, input.forumId);
    if (!forum) throw new AppError('validation_failed', 'The forum does not exist.', [{ path: 'body.forumId', code: 'not_found' }]);
    const window = compilationWindow(await previousMeetingDate(tx, ctx, forum.id, input.meetingDate), input.meetingDate);
    const proposed = (await findAssessedUndecidedNeeds(tx, ctx)).filter((need) => belongsToCompilation({ ...need, status: need.status as NeedStatus }, window));
    const id = uuidv7();
    const row = await insertMeetingRow(tx, ctx, {
      id,
      forumId: forum.id,
      meetingDate: input.meetingDate,
      title: input.title || `${forum.name} ${input.meetingDate}`,
      place: input.place,
      createdBy: ctx.actor.id,
    });
    await replaceItems(
      tx,
      ctx,
      id,
      proposed.map((need) => ({ id: uuidv7(), kind: 'need' as const, needId: need.id, initiativeId: null, title: need.title, analysis: '', proposal: '' })),
    );
    const meeting = await loadMeeting(tx, ctx, row);
    await recordAudit(tx, ctx, { action: 'meeting.created', entityType: 'meeting', entityId: id, after: agendaAuditState(meeting) });
    return meeting;
  });
}
