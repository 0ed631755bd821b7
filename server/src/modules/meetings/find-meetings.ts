import type { TAgendaCandidates, TMeeting, TMeetingSummary } from '@domain/meetings.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findAssessedUndecidedNeeds, findItemRows, findMeetingRow, findMeetingRows } from '@server/modules/meetings/meetings.repository';
import { loadMeeting, presentMeetingSummary } from '@server/modules/meetings/load-meeting';

/** The organisation's meetings, latest first; every member who reads decisions reads them. */
export async function findMeetings(ctx: Ctx, forumId?: string): Promise<TMeetingSummary[]> {
  authorize(ctx, 'decision:read');
  return inTenantRead(ctx, async (tx) => (await findMeetingRows(tx, ctx, forumId)).map(presentMeetingSummary));
}

/** One meeting with its agenda and papers (the page forum members read before the meeting). */
export async function getMeeting(ctx: Ctx, id: string): Promise<TMeeting> {
  return inTenantRead(ctx, async (tx) => {
    const row = await findMeetingRow(tx, ctx, id);
    if (!row) throw notFound('meeting');
    authorize(ctx, 'decision:read');
    return loadMeeting(tx, ctx, row);
  });
}

/** The assessed, undecided needs that are not on the meeting's agenda: what the coordinator can add. */
export async function findAgendaCandidates(ctx: Ctx, id: string): Promise<TAgendaCandidates> {
  return inTenantRead(ctx, async (tx) => {
    const row = await findMeetingRow(tx, ctx, id);
    if (!row) throw notFound('meeting');
    authorize(ctx, 'meeting:manage');
    const onAgenda = (await findItemRows(tx, ctx, id)).flatMap((item) => (item.needId ? [item.needId] : []));
    const rows = await findAssessedUndecidedNeeds(tx, ctx, onAgenda);
    return { items: rows.map(({ id: needId, number, title }) => ({ id: needId, number, title })) };
  });
}
