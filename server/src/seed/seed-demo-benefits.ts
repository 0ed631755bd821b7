import { and, eq, inArray } from 'drizzle-orm';
import type { TBenefitInput } from '@domain/benefits.contracts';
import { ZBenefitInput } from '@domain/benefits.contracts';
import type { TCalculationInput } from '@domain/cost-benefit.contracts';
import type { Role } from '@domain/roles';
import type { Db } from '@server/platform/db/database';
import { buildCtx, inPlatform, type Ctx } from '@server/platform/tenancy/context';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { memberships, users } from '@server/modules/users/users.tables';
import { createBenefit } from '@server/modules/benefits/create-benefit';
import { recordMeasurement } from '@server/modules/benefits/record-measurement';
import { saveCalculation } from '@server/modules/benefits/save-calculation';
import { decideBenefit } from '@server/modules/benefits/decide-benefit';
import { addLesson } from '@server/modules/benefits/add-lesson';

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const thisYear = new Date().getUTCFullYear();

/**
 * Seed 003: Västerås' e-hemtjänst – 5,3 MSEK to introduce, 3,8 MSEK the next year, lower costs of
 * 6,5–15,5 MSEK a year – as the demo e-hemtjänst's calculation from its start year 2025.
 */
const eHemtjanst: TCalculationInput = {
  startYear: 2025,
  years: 3,
  discountRate: '3',
  costs: [
    { kind: 'investment', label: 'Införande och personalutbildning', fromYear: 2025, toYear: 2025, quantity: '1', unitAmount: '5 300 000' },
    { kind: 'running_yearly', label: 'Drift, licenser och fortsatt införande', fromYear: 2026, toYear: 2027, quantity: '1', unitAmount: '3 800 000' },
  ],
  benefits: [
    { kind: 'avoided_cost', label: 'Lägre kostnader i hemtjänsten (300 brukare)', fromYear: 2026, toYear: 2027, lowQuantity: '1', highQuantity: '1', lowUnitAmount: '6 500 000', highUnitAmount: '15 500 000' },
  ],
  outcome: [{ year: 2025, cost: '5 450 000', benefit: '0' }],
};

/** Seed 000: Läkemedelsrobotar Evondos, about 150 000 kr a year; 20 users the first year. */
const lakemedelsrobotar: TCalculationInput = {
  startYear: 2026,
  years: 3,
  discountRate: '3',
  costs: [
    { kind: 'running_yearly', label: 'Hyra av läkemedelsrobotar (Evondos)', fromYear: 2026, toYear: 2028, quantity: '1', unitAmount: '150 000' },
    { kind: 'internal_hours', label: 'Införande: utbildning och rutiner', fromYear: 2026, toYear: 2026, quantity: '120', unitAmount: '450' },
  ],
  benefits: [
    { kind: 'visits_avoided', label: 'Färre läkemedelsbesök', fromYear: 2026, toYear: 2028, lowQuantity: '600', highQuantity: '1 400', lowUnitAmount: '350', highUnitAmount: '350' },
    { kind: 'hours_saved', label: 'Mindre tid för avvikelsehantering', fromYear: 2026, toYear: 2028, lowQuantity: '40', highQuantity: '90', lowUnitAmount: '450', highUnitAmount: '450' },
  ],
  outcome: [],
};

/** Seed 000: tillsynskameror, a monthly cost per camera; fewer night visits. */
const tillsynskameror: TCalculationInput = {
  startYear: 2026,
  years: 3,
  discountRate: '3',
  costs: [
    { kind: 'per_unit', label: 'Kameror och installation', fromYear: 2026, toYear: 2026, quantity: '25', unitAmount: '6 000' },
    { kind: 'running_monthly', label: 'Tjänsteavgift för 25 kameror', fromYear: 2026, toYear: 2028, quantity: '25', unitAmount: '450' },
  ],
  benefits: [{ kind: 'hours_saved', label: 'Minskad körtid för nattpatrullen', fromYear: 2026, toYear: 2028, lowQuantity: '700', highQuantity: '1 100', lowUnitAmount: '450', highUnitAmount: '450' }],
  outcome: [],
};

async function personCtx(db: Db, organizationId: string, email: string): Promise<Ctx> {
  const [row] = await inPlatform(db, (tx) =>
    tx.select({ id: users.id, name: users.name, roles: memberships.roles }).from(users).innerJoin(memberships, eq(memberships.userId, users.id)).where(and(eq(users.email, email), eq(memberships.organizationId, organizationId))),
  );
  if (!row) throw new Error(`demo person ${email} missing`);
  return buildCtx({ actor: { id: row.id, name: row.name, email }, organizationId, roles: row.roles as Role[], requestId: 'demo-seed', ip: '127.0.0.1', db });
}

const benefit = (input: TBenefitInput) => ZBenefitInput.parse(input);

/**
 * Benefit plans, measurements, calculations and a lesson on three demo initiatives, written
 * through the real use cases so every rule holds.
 */
export async function seedDemoBenefits(db: Db, organizationId: string): Promise<void> {
  const coordinator = await personCtx(db, organizationId, 'utvecklingsledare@exempelkommun.se');
  const staff = await personCtx(db, organizationId, 'medarbetare1@exempelkommun.se');
  const titles = ['E-hemtjänst med bildtelefoni och nattillsyn', 'Läkemedelsrobotar i hemtjänsten', 'Tillsynskameror i ordinärt boende, breddinförande'];
  const rows = await inPlatform(db, (tx) =>
    tx.select({ id: initiatives.id, title: initiatives.title }).from(initiatives).where(and(eq(initiatives.organizationId, organizationId), inArray(initiatives.title, titles))),
  );
  const idOf = (title: string) => rows.find((r) => r.title === title)?.id;
  const [eh, robots, cameras] = titles.map(idOf);

  if (eh) {
    await saveCalculation(coordinator, eh, eHemtjanst, 0);
    const visits = await createBenefit(coordinator, eh, benefit({
      description: 'Färre fysiska tillsynsbesök', level: 'organisation', beneficiaries: ['organisation', 'clients'], kind: 'quantitative',
      indicator: 'Fysiska tillsynsbesök per månad', unit: 'count', baselineValue: '4 200', baselineDate: isoDaysAgo(330), targetValue: '2 900', targetDate: `${thisYear + 1}-06-30`,
      direction: 'lower_is_better', method: 'statistics', frequency: 'quarterly', ownerId: staff.actor.id,
    }));
    for (const [days, value] of [[240, '3 950'], [150, '3 610'], [60, '3 320']] as const) {
      await recordMeasurement(staff, eh, visits.id, { measuredOn: isoDaysAgo(days), value, comment: 'Uttag ur planeringssystemet' });
    }
    const safety = await createBenefit(coordinator, eh, benefit({
      description: 'Ökad trygghet och integritet för brukaren', level: 'individual', beneficiaries: ['clients', 'relatives'], kind: 'qualitative',
      method: 'survey', frequency: 'half_yearly', ownerId: coordinator.actor.id, targetDate: `${thisYear}-10-31`,
    }));
    await recordMeasurement(coordinator, eh, safety.id, { measuredOn: isoDaysAgo(45), value: null, comment: '8 av 10 brukare i enkäten känner sig lika eller mer trygga med tillsyn via kamera.' });
    await decideBenefit(coordinator, eh, safety.id, { decision: 'realised', note: 'Enkäten hösten visar att målet nåtts.' }, 1);
    await addLesson(coordinator, eh, {
      worked: 'Utbildning av personalen före start och en tydlig kontaktperson per grupp.',
      didNotWork: 'Uppkopplingen i flera hem var för svag; installationer fick göras om.',
      advice: 'Kartlägg wifi och mobiltäckning hos brukarna innan beviljandet, och börja med en pilotgrupp.',
    });
  }
  if (robots) {
    await saveCalculation(coordinator, robots, lakemedelsrobotar, 0);
    const fewer = await createBenefit(coordinator, robots, benefit({
      description: 'Färre läkemedelsavvikelser', level: 'organisation', beneficiaries: ['clients', 'organisation'], kind: 'quantitative',
      indicator: 'Läkemedelsavvikelser per kvartal', unit: 'count', baselineValue: '36', baselineDate: isoDaysAgo(200), targetValue: '18', targetDate: `${thisYear + 1}-12-31`,
      direction: 'lower_is_better', method: 'statistics', frequency: 'quarterly', ownerId: staff.actor.id,
    }));
    await recordMeasurement(staff, robots, fewer.id, { measuredOn: isoDaysAgo(100), value: '33', comment: 'Avvikelsesystemet' });
    await createBenefit(coordinator, robots, benefit({
      description: 'Ökad självständighet', level: 'individual', beneficiaries: ['clients'], kind: 'qualitative', method: 'interview', frequency: 'yearly', ownerId: coordinator.actor.id,
    }));
  }
  if (cameras) {
    await saveCalculation(coordinator, cameras, tillsynskameror, 0);
    await createBenefit(coordinator, cameras, benefit({
      description: 'Minskad restid för nattpatrullen', level: 'organisation', beneficiaries: ['staff', 'organisation'], kind: 'quantitative',
      indicator: 'Körtid per natt', unit: 'hours', baselineValue: '9,5', baselineDate: isoDaysAgo(120), targetValue: '6', targetDate: `${thisYear + 1}-12-31`,
      direction: 'lower_is_better', method: 'statistics', frequency: 'monthly', ownerId: staff.actor.id,
    }));
  }
}
