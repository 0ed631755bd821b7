import type { Logger } from 'pino';
import { sql } from 'drizzle-orm';
import type { Db } from '@server/platform/db/database';
import { generateOneTimePassword } from '@server/platform/auth/passwords';
import { inPlatform } from '@server/platform/tenancy/context';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { createDemoOrganization } from '@server/seed/demo-organization';
import { seedDemoNeeds } from '@server/seed/seed-demo-needs';
import { seedDemoProcess } from '@server/seed/seed-demo-process';
import { seedDemoBenefits } from '@server/seed/seed-demo-benefits';
import { seedDemoInitiativeWork } from '@server/seed/seed-demo-initiative-work';
import { seedDemoRegisters } from '@server/seed/seed-demo-registers';
import { seedDemoPlan } from '@server/seed/seed-demo-plan';
import { seedDemoGovernanceYear } from '@server/seed/seed-demo-governance-year';
import { seedDemoMeetings } from '@server/seed/seed-demo-meetings';
import { seedDemoMaturity } from '@server/seed/seed-demo-maturity';
import { seedDemoPilots } from '@server/seed/seed-demo-pilots';
import { seedDemoLibrary } from '@server/seed/seed-demo-library';

export const DEMO_ADMIN_EMAIL = 'admin@exempelkommun.se';

/**
 * On an empty database, creates the demo organisation "Exempelkommun – Socialförvaltningen" and
 * prints its administrator's one-time password once. A second start finds data and does nothing.
 */
export async function seedDemoIfEmpty(db: Db, log: Logger): Promise<void> {
  const [{ count } = { count: 0 }] = await inPlatform(db, (tx) => tx.select({ count: sql<number>`count(*)::int` }).from(organizations));
  if (count > 0) return;
  const password = generateOneTimePassword();
  const org = await createDemoOrganization(db, { adminEmail: DEMO_ADMIN_EMAIL, adminPassword: password });
  const people = await seedDemoNeeds(db, org);
  await seedDemoProcess(db, org, people);
  await seedDemoBenefits(db, org.organizationId);
  await seedDemoInitiativeWork(db, people.coordinator);
  await seedDemoRegisters(db, org);
  await seedDemoPlan(db, org, people.coordinator);
  await seedDemoGovernanceYear(people.coordinator);
  await seedDemoMeetings(people);
  await seedDemoMaturity(db, org);
  await seedDemoPilots(db, people.coordinator);
  await seedDemoLibrary(db, org.organizationId);
  log.info('demo organisation created');
  // Printed once, on purpose, to the console of whoever started the server: it is never stored
  // in clear text and must be changed at first login.
  process.stdout.write(
    [
      '',
      '  Digiplan: en demoorganisation har skapats (Exempelkommun – Socialförvaltningen).',
      `  Logga in som ${DEMO_ADMIN_EMAIL} med engångslösenordet: ${password}`,
      '  Lösenordet visas bara denna gång och måste bytas vid första inloggningen.',
      '',
    ].join('\n') + '\n',
  );
}
