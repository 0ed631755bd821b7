import type { Db } from '@server/platform/db/database';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findUnitRows } from '@server/modules/organizations/units.repository';
import { findInitiativeIdByTitle } from '@server/seed/seed-demo-initiative-work';
import { addPilot } from '@server/modules/pilots/add-pilot';

const isoDaysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A testbädd in the demo (seed 004: companies and users testing in a real environment): digital
 * nattillsyn tried in the SÄBO unit before the e-hemtjänst initiative widens it. Fake names only.
 */
export async function seedDemoPilots(db: Db, coordinator: Ctx): Promise<void> {
  const initiativeId = await findInitiativeIdByTitle(db, coordinator.organizationId, 'E-hemtjänst med bildtelefoni och nattillsyn');
  if (!initiativeId) return;
  const units = await inTenant({ db, organizationId: coordinator.organizationId }, (tx) => findUnitRows(tx, coordinator));
  const saebo = units.find((unit) => unit.name.startsWith('Särskilt boende'));
  await addPilot(coordinator, initiativeId, {
    title: 'Digital nattillsyn på Solgårdens särskilda boende',
    unitId: saebo?.id ?? null,
    environment: 'Solgården, avdelning Linden (tolv lägenheter, nattpersonal från två avdelningar)',
    startsOn: isoDaysFromNow(-60),
    endsOn: isoDaysFromNow(60),
    partners: [
      { kind: 'company', name: 'Nattljus Teknik AB' },
      { kind: 'academia', name: 'Exempelstads högskola, institutionen för vårdvetenskap' },
      { kind: 'client', name: 'Brukarrådet på Solgården' },
      { kind: 'relatives', name: 'Anhörigföreningen i Exempelkommun' },
      { kind: 'staff', name: 'Nattpersonalen på Linden' },
    ],
    whatIsTested: 'Om nattillsyn med kamera och rörelsesensor kan ersätta en del av de fysiska tillsynsbesöken utan att de boendes trygghet minskar, och hur nattpersonalen upplever arbetssättet.',
    status: 'running',
    results: 'Efter två månader: färre väckningar enligt de boendes egna berättelser; larmen behöver finjusteras för att undvika falsklarm.',
    outcome: null,
  });
}
