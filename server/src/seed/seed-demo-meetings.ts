import { todayInSweden } from '@domain/decisions.contracts';
import { nextDate } from '@domain/meeting-compilation';
import type { TAgendaItemInput } from '@domain/meetings.contracts';
import type { Ctx } from '@server/platform/tenancy/context';
import { createForum } from '@server/modules/meetings/create-forum';
import { createMeeting } from '@server/modules/meetings/create-meeting';
import { updateAgenda } from '@server/modules/meetings/update-agenda';
import type { Person } from '@server/seed/seed-demo-needs';

/**
 * The demo's decision forum OLG: the two OLG members and the coordinator, the first OLG member
 * chairing; and its next meeting in two weeks, with the agenda Digiplan proposed, the technology
 * unit's analysis and a proposed decision on the first need, and the plan to fix.
 */
export async function seedDemoMeetings(people: Record<Person, Ctx>): Promise<void> {
  const members = (['olg1', 'olg2', 'coordinator'] as const).map((person) => people[person].actor.id);
  const forum = await createForum(people.coordinator, {
    name: 'OLG',
    description: 'Omsorgens ledningsgrupp: beslutar om behov och initiativ varje kvartal.',
    memberIds: members,
    chairId: members[0]!,
  });
  let meetingDate = todayInSweden();
  for (let day = 0; day < 14; day += 1) meetingDate = nextDate(meetingDate);
  const meeting = await createMeeting(people.coordinator, { forumId: forum.id, meetingDate, title: '', place: 'Kommunhuset, lilla sessionssalen' });
  const items: TAgendaItemInput[] = meeting.items.map((item, i) => ({
    id: item.id,
    kind: item.kind,
    needId: item.need?.id ?? null,
    initiativeId: null,
    title: item.title,
    analysis: i === 0 ? 'Tekniken finns hos flera leverantörer och passar befintlig infrastruktur. Införandet kräver utbildning av personalen.' : '',
    proposal: i === 0 ? 'Genomförs som projekt med start nästa år.' : '',
  }));
  items.push({ kind: 'plan', needId: null, initiativeId: null, title: 'Digitaliseringsplanen för nästa år', analysis: '', proposal: 'OLG ställer sig bakom planen.' });
  await updateAgenda(people.coordinator, meeting.id, { title: meeting.title, place: meeting.place, meetingDate, items }, meeting.version);
}
