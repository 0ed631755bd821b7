import { v7 as uuidv7 } from 'uuid';
import { logInAs, type ApiClient, type TestApp } from '@test/test-app';
import type { Role } from '@domain/roles';
import type { Db } from '@server/platform/db/database';
import { inPlatform } from '@server/platform/tenancy/context';
import { focusAreas, organizations, units } from '@server/modules/organizations/organizations.tables';
import { platformCreateMember } from '@server/seed/demo-organization';
import { sql } from 'drizzle-orm';
import { inTenant } from '@server/platform/tenancy/context';
import { needFocusAreas, needUnits, needs } from '@server/modules/needs/needs.tables';
import { platformSetOrganizationEmailDomains } from '@server/modules/users/users.platform';

/** Skatteverket's test personnummer: what the personal-data guard must refuse in every free-text field. */
export const FAKE_PERSONNUMMER = '19121212-1212'; // fake test-personnummer

/** Obviously fake password shared by test users (never used outside tests). */
export const TEST_PASSWORD = 'test-losenord-som-ar-langt';

export type TestOrganization = { id: string; unitId: string; focusAreaId: string };

/**
 * The e-mail domain a test organisation owns (ADR 0004): its administrators create accounts there
 * and manage them. `.example` is reserved, so no real address can match.
 */
export const testEmailDomain = (organizationId: string) => `org-${organizationId}.example`;

/** A fresh address in the test organisation's own domain. */
export const testEmail = (organizationId: string, localPart = 'person') => `${localPart}.${uuidv7().slice(-8)}@${testEmailDomain(organizationId)}`;

/** An organisation with one unit and one focus area, owning the e-mail domain `testEmailDomain(id)`. */
export async function buildOrganization(db: Db, name = `Testkommun ${uuidv7().slice(-6)}`): Promise<TestOrganization> {
  const org = { id: uuidv7(), unitId: uuidv7(), focusAreaId: uuidv7() };
  await inPlatform(db, async (tx) => {
    await tx.insert(organizations).values({ id: org.id, name });
    await tx.insert(units).values({ organizationId: org.id, id: org.unitId, name: 'Hemtjänst' });
    await tx.insert(focusAreas).values({ organizationId: org.id, id: org.focusAreaId, name: 'Effektivitet' });
  });
  await platformSetOrganizationEmailDomains(db, org.id, [testEmailDomain(org.id)]);
  return org;
}

export type TestMember = { id: string; email: string; password: string };

/**
 * A user with `roles` in the organisation; the e-mail is unique, obviously fake and in the
 * organisation's own domain, so the organisation is her home organisation.
 */
export async function buildMember(db: Db, organizationId: string, roles: Role[], name = 'Testa Testsson'): Promise<TestMember> {
  const email = testEmail(organizationId, roles.join('-'));
  const id = await platformCreateMember(db, organizationId, { email, name, password: TEST_PASSWORD, roles });
  return { id, email, password: TEST_PASSWORD };
}

export type TestNeed = { id: string; number: number; title: string };

/**
 * A need inserted directly (no route), in the organisation's tenant transaction, with the next
 * running number. Defaults to a submitted need in the organisation's unit and focus area; give
 * `focusAreaIds` / `unitIds` (or `[]`) to choose others.
 */
export async function buildNeed(
  db: Db,
  org: Pick<TestOrganization, 'id'> & Partial<TestOrganization>,
  submitterId: string,
  overrides: Partial<Omit<typeof needs.$inferInsert, 'organizationId' | 'id' | 'number' | 'submittedBy'>> & { focusAreaIds?: string[]; unitIds?: string[] } = {},
): Promise<TestNeed> {
  const id = uuidv7();
  const { focusAreaIds = org.focusAreaId ? [org.focusAreaId] : [], unitIds = org.unitId ? [org.unitId] : [], ...columns } = overrides;
  const title = columns.title ?? `Digital nattillsyn ${id.slice(-6)}`;
  return inTenant({ db, organizationId: org.id }, async (tx) => {
    const [{ next }] = (await tx.execute<{ next: number }>(
      sql`select coalesce(max(number), 0) + 1 as next from needs where organization_id = ${org.id}`,
    )).rows as [{ next: number }];
    await tx.insert(needs).values({
      organizationId: org.id,
      id,
      number: next,
      title,
      problem: 'Nattpersonalen väcker brukare vid tillsyn.',
      expectedBenefit: 'Bättre sömn för brukare och färre onödiga besök.',
      affectedGroups: ['care_recipients', 'staff'],
      submittedBy: submitterId,
      ...columns,
    });
    if (focusAreaIds.length > 0) await tx.insert(needFocusAreas).values(focusAreaIds.map((focusAreaId) => ({ organizationId: org.id, needId: id, focusAreaId })));
    if (unitIds.length > 0) await tx.insert(needUnits).values(unitIds.map((unitId) => ({ organizationId: org.id, needId: id, unitId })));
    return { id, number: next, title };
  });
}

/** A new member of `organizationId` with `roles`, logged in through the real login route. */
export async function logInNewMember(t: Pick<TestApp, 'app' | 'db'>, organizationId: string, roles: Role[]): Promise<ApiClient> {
  const member = await buildMember(t.db, organizationId, roles);
  return logInAs(t.app, member.email, member.password);
}
