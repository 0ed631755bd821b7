import { eq, type SQL } from 'drizzle-orm';
import type { Db } from '@server/platform/db/database';
import { auditEvents } from '@server/platform/audit/audit.tables';
import { inPlatform } from '@server/platform/tenancy/context';
import { needs } from '@server/modules/needs/needs.tables';
import type { ApiClient } from '@test/test-app';

/** Obviously fake numbers for the guard tests; both pass the date and Luhn rules. */
export const FAKE_SAMORDNINGSNUMMER = '701063-2391'; // fake test-personnummer (samordningsnummer, day + 60)

/** A valid e-service form, with overrides. */
export function needForm(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Digital nattillsyn i hemtjänsten',
    problem: 'Nattpatrullen åker ut för tillsyn som ofta stör brukarens sömn.',
    expectedBenefit: 'Brukarna sover ostört och nattpatrullen sparar restid.',
    affectedGroups: ['care_recipients', 'staff'],
    ...overrides,
  };
}

/** Submits a need through the API and returns its body (fails the test on anything but 201). */
export async function submitThroughApi(client: ApiClient, overrides: Record<string, unknown> = {}) {
  const response = await client.post('/api/v1/needs', needForm(overrides));
  if (response.statusCode !== 201) throw new Error(`submit failed: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string; number: number; version: number; title: string }>();
}

/** Sets columns the needs API does not write (status, assessment summary, submitted_at) directly. */
type NeedInsert = typeof needs.$inferInsert;
export async function setNeedColumns(db: Db, id: string, values: { [K in keyof NeedInsert]?: NeedInsert[K] | SQL }): Promise<void> {
  await inPlatform(db, (tx) => tx.update(needs).set(values).where(eq(needs.id, id)));
}

/** The audit events recorded about one entity, oldest first. */
export async function auditOf(db: Db, entityId: string) {
  const rows = await inPlatform(db, (tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)));
  return rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}
