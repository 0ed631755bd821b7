import { expect } from 'vitest';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { todayInSweden, type InitiativeForm, type TDecision } from '@domain/decisions.contracts';
import type { ApiClient, TestApp } from '@test/test-app';
import { buildNeed, type TestOrganization } from '@test/factories';

const ones: TScores = { competence: 1, leadershipSupport: 1, complexity: 1, financing: 1, savings: 1, quality: 1, mandatoryRequirement: 1, goalFulfilment: 1 };

/** A need assessed and decided to proceed in `form` through the real routes; returns the new initiative's id. */
export async function initiativeThroughDecision(t: TestApp, org: TestOrganization, coordinator: ApiClient, form: InitiativeForm, title: string): Promise<string> {
  const need = await buildNeed(t.db, org, coordinator.userId, { title });
  const round = (await coordinator.post(`/api/v1/needs/${need.id}/assessments`, {})).json<TAssessment>();
  await coordinator.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: ones }, { ifMatch: round.version });
  const etag = (await coordinator.get(`/api/v1/needs/${need.id}/decisions`)).headers.etag as string;
  const body = { outcome: 'proceed', form, ownerName: 'Anna Ägare', plannedStartYear: 2026, rationale: 'Ja.', decisionDate: todayInSweden() };
  const response = await coordinator.post(`/api/v1/needs/${need.id}/decisions`, body, { ifMatch: etag });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TDecision>().initiativeId!;
}
