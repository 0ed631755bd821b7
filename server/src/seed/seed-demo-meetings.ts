import type { Ctx } from '@server/platform/tenancy/context';
import { createForum } from '@server/modules/meetings/create-forum';
import type { Person } from '@server/seed/seed-demo-needs';

/** The demo's decision forum OLG: the two OLG members and the coordinator, the first OLG member chairing. */
export async function seedDemoMeetings(people: Record<Person, Ctx>): Promise<void> {
  const members = (['olg1', 'olg2', 'coordinator'] as const).map((person) => people[person].actor.id);
  await createForum(people.coordinator, {
    name: 'OLG',
    description: 'Omsorgens ledningsgrupp: beslutar om behov och initiativ varje kvartal.',
    memberIds: members,
    chairId: members[0]!,
  });
}
