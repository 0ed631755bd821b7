import { expect } from 'vitest';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { todayInSweden, type TDecision } from '@domain/decisions.contracts';
import { logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, buildOrganization, type TestOrganization } from '@test/factories';

const ones: TScores = { competence: 1, leadershipSupport: 1, complexity: 1, financing: 1, savings: 1, quality: 1, mandatoryRequirement: 1, goalFulfilment: 1 };

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

/** A need assessed and decided to proceed as a project, through the real routes. */
export async function buildInitiative(t: TestApp, org: TestOrganization, coordinator: ApiClient, title = 'Tillsynskameror i ordinärt boende'): Promise<string> {
  const need = await buildNeed(t.db, org, coordinator.userId, { title, problem: 'Nattliga besök väcker brukare.', expectedBenefit: 'Bättre sömn och färre resor.' });
  const round = (await coordinator.post(`/api/v1/needs/${need.id}/assessments`, {})).json<TAssessment>();
  await coordinator.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: ones }, { ifMatch: round.version });
  const etag = (await coordinator.get(`/api/v1/needs/${need.id}/decisions`)).headers.etag as string;
  const body = { outcome: 'proceed', form: 'project', ownerName: 'Anna Ägare', plannedStartYear: 2026, rationale: 'Hög nytta.', decisionDate: todayInSweden() };
  const response = await coordinator.post(`/api/v1/needs/${need.id}/decisions`, body, { ifMatch: etag });
  expect(response.statusCode).toBe(201);
  return response.json<TDecision>().initiativeId!;
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
