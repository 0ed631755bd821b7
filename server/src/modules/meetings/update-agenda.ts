import { v7 as uuidv7 } from 'uuid';
import type { TFieldIssue } from '@domain/problem';
import type { TAgendaInput, TMeeting } from '@domain/meetings.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import {
  findAgendaNeeds,
  findInitiativeTitles,
  findItemRows,
  findMeetingDecisions,
  findMeetingRow,
  replaceItems,
  updateMeetingRow,
  type NewItem,
} from '@server/modules/meetings/meetings.repository';
import { loadMeeting } from '@server/modules/meetings/load-meeting';
import { agendaAuditState } from '@server/modules/meetings/agenda-audit-state';
import { assertNotFrozen } from '@server/modules/meetings/meeting-policy';

/**
 * The coordinator saves the agenda (If-Match = the meeting's version): its heading, and its items
 * in order — kept, added, removed, their analysis and förslag till beslut. Every need and initiative
 * must be the organisation's, a need at most once; an item decided at this meeting stays on it.
 */
export async function updateAgenda(ctx: Ctx, id: string, input: TAgendaInput, expected: number): Promise<TMeeting> {
  return inTenant(ctx, async (tx) => {
    const current = await findMeetingRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('meeting');
    authorize(ctx, 'meeting:manage');
    assertNotFrozen(current);
    if (current.version !== expected) throw staleVersion();
    assertNoPersonalData({
      title: input.title,
      place: input.place,
      ...Object.fromEntries(input.items.flatMap((item, i) => [[`items.${i}.title`, item.title], [`items.${i}.analysis`, item.analysis], [`items.${i}.proposal`, item.proposal]])),
    });

    const existing = await findItemRows(tx, ctx, id);
    const existingIds = new Set(existing.map((item) => item.id));
    const needs = await findAgendaNeeds(tx, ctx, input.items.flatMap((item) => (item.needId ? [item.needId] : [])));
    const initiatives = await findInitiativeTitles(tx, ctx, input.items.flatMap((item) => (item.initiativeId ? [item.initiativeId] : [])));
    const issues: TFieldIssue[] = [];
    const seenNeeds = new Set<string>();
    const seenIds = new Set<string>();
    input.items.forEach((item, i) => {
      const at = `body.items.${i}`;
      if (item.id !== undefined && (!existingIds.has(item.id) || seenIds.has(item.id))) issues.push({ path: `${at}.id`, code: 'not_found' });
      if (item.id) seenIds.add(item.id);
      if (item.kind === 'need') {
        if (!item.needId) issues.push({ path: `${at}.needId`, code: 'required' });
        else if (!needs.has(item.needId)) issues.push({ path: `${at}.needId`, code: 'not_found' });
        else if (seenNeeds.has(item.needId)) issues.push({ path: `${at}.needId`, code: 'duplicate' });
        if (item.needId) seenNeeds.add(item.needId);
      } else {
        if (item.needId) issues.push({ path: `${at}.needId`, code: 'not_allowed' });
        if (!item.title) issues.push({ path: `${at}.title`, code: 'required' });
      }
      if (item.initiativeId && !initiatives.has(item.initiativeId)) issues.push({ path: `${at}.initiativeId`, code: 'not_found' });
    });
    if (issues.length > 0) throw new AppError('validation_failed', 'An agenda item is not valid.', issues);

    const decided = await findMeetingDecisions(tx, ctx, id);
    const kept = [...decided.keys()].filter((needId) => !seenNeeds.has(needId));
    if (kept.length > 0) throw new AppError('invalid_state', 'A need decided at this meeting stays on its agenda.');

    const before = agendaAuditState(await loadMeeting(tx, ctx, current));
    const items: NewItem[] = input.items.map((item) => ({
      id: item.id ?? uuidv7(),
      kind: item.kind,
      needId: item.kind === 'need' ? item.needId : null,
      initiativeId: item.initiativeId,
      title: item.kind === 'need' ? needs.get(item.needId!)!.title : item.title,
      analysis: item.analysis,
      proposal: item.proposal,
    }));
    await replaceItems(tx, ctx, id, items);
    const row = await updateMeetingRow(tx, ctx, id, { title: input.title, place: input.place, meetingDate: input.meetingDate });
    const meeting = await loadMeeting(tx, ctx, row);
    await recordAudit(tx, ctx, { action: 'meeting.agenda_changed', entityType: 'meeting', entityId: id, before, after: agendaAuditState(meeting) });
    return meeting;
  });
}
