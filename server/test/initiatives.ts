import { expect } from 'vitest';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { todayInSweden, type InitiativeForm, type TDecision } from '@domain/decisions.contracts';
import type { Db } from '@server/platform/db/database';
import type { ApiClient } from '@test/test-app';
import { buildNeed, type TestOrganization } from '@test/factories';

const ones: TScores = { competence: 1, leadershipSupport: 1, complexity: 1, financing: 1, savings: 1, quality: 1, mandatoryRequirement: 1, goalFulfilment: 1 };

type InitiativeOptions = {
  title: string;
  form?: InitiativeForm;
  plannedStartYear?: number;
  rationale?: string;
  /** Texts of the need, for tests that read them back (prefilled documents). */
  need?: { problem?: string; expectedBenefit?: string };
};

/**
 * An initiative made the real way, through the routes: a need, a fixed assessment and OLG's
 * decision to proceed in `form` (projekt unless told). Returns the new initiative's id.
 */
export async function initiativeThroughDecision(db: Db, org: TestOrganization, coordinator: ApiClient, options: InitiativeOptions): Promise<string> {
  const need = await buildNeed(db, org, coordinator.userId, { title: options.title, ...options.need });
  const round = (await coordinator.post(`/api/v1/needs/${need.id}/assessments`, {})).json<TAssessment>();
  await coordinator.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: ones }, { ifMatch: round.version });
  const etag = (await coordinator.get(`/api/v1/needs/${need.id}/decisions`)).headers.etag as string;
  const body = {
    outcome: 'proceed',
    form: options.form ?? 'project',
    ownerName: 'Anna Ägare',
    plannedStartYear: options.plannedStartYear ?? 2026,
    rationale: options.rationale ?? 'Ja.',
    decisionDate: todayInSweden(),
  };
  const response = await coordinator.post(`/api/v1/needs/${need.id}/decisions`, body, { ifMatch: etag });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TDecision>().initiativeId!;
}
