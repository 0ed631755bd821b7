import { expect } from 'vitest';
import { logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, type TestOrganization } from '@test/factories';
import { initiativeThroughDecision } from '@test/initiatives';

/** An organisation with an initiative and the people who act on it in the tests. */
export type InitiativeWorld = {
  org: TestOrganization;
  initiativeId: string;
  coordinator: ApiClient;
  staff: ApiClient;
  viewer: ApiClient;
  admin: ApiClient;
  outsider: ApiClient;
};

/** A projekt initiative through the real routes, with need texts the prefilled documents read back. */
export function buildInitiative(t: TestApp, org: TestOrganization, coordinator: ApiClient, title = 'Tillsynskameror i ordinärt boende'): Promise<string> {
  return initiativeThroughDecision(t.db, org, coordinator, {
    title,
    rationale: 'Hög nytta.',
    need: { problem: 'Nattliga besök väcker brukare.', expectedBenefit: 'Bättre sömn och färre resor.' },
  });
}

export async function buildInitiativeWorld(t: TestApp): Promise<InitiativeWorld> {
  const org = await buildOrganization(t.db);
  const other = await buildOrganization(t.db);
  const login = async (orgId: string, roles: Parameters<typeof buildMember>[2]) => {
    const member = await buildMember(t.db, orgId, roles, 'Cecilia Utvecklingsledare');
    return logInAs(t.app, member.email, member.password);
  };
  const coordinator = await login(org.id, ['coordinator']);
  const staff = await login(org.id, ['staff']);
  const viewer = await login(org.id, ['viewer']);
  const admin = await login(org.id, ['admin']);
  const outsider = await login(other.id, ['coordinator']);
  const initiativeId = await buildInitiative(t, org, coordinator);
  return { org, initiativeId, coordinator, staff, viewer, admin, outsider };
}

/** The audit entries of an action on an entity, read through the audit log route as an admin. */
export async function auditActions(admin: ApiClient, entityId: string): Promise<string[]> {
  const response = await admin.get(`/api/v1/audit-events?entityId=${entityId}&limit=100`);
  expect(response.statusCode).toBe(200);
  return response.json<{ items: { action: string }[] }>().items.map((item) => item.action);
}
