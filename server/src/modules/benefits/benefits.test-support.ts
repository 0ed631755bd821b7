import { expect } from 'vitest';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { todayInSweden, type TDecision } from '@domain/decisions.contracts';
import type { TBenefitInput } from '@domain/benefits.contracts';
import type { Db } from '@server/platform/db/database';
import type { ApiClient } from '@test/test-app';
import { buildNeed, type TestOrganization } from '@test/factories';

const ones: TScores = { competence: 1, leadershipSupport: 1, complexity: 1, financing: 1, savings: 1, quality: 1, mandatoryRequirement: 1, goalFulfilment: 1 };

/** An initiative made the real way: a need, a fixed assessment and OLG's decision to proceed. */
export async function initiativeThroughDecision(db: Db, org: TestOrganization, coordinator: ApiClient, title: string): Promise<string> {
  const need = await buildNeed(db, org, coordinator.userId, { title });
  const round = (await coordinator.post(`/api/v1/needs/${need.id}/assessments`, {})).json<TAssessment>();
  await coordinator.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: ones }, { ifMatch: round.version });
  const etag = (await coordinator.get(`/api/v1/needs/${need.id}/decisions`)).headers.etag as string;
  const body = { outcome: 'proceed', form: 'project', ownerName: 'Anna Ägare', plannedStartYear: 2025, rationale: 'Ja.', decisionDate: todayInSweden() };
  const response = await coordinator.post(`/api/v1/needs/${need.id}/decisions`, body, { ifMatch: etag });
  expect(response.statusCode).toBe(201);
  const decision = response.json<TDecision>();
  return decision.initiativeId!;
}

/** A quantitative benefit "fewer visits" owned by `ownerId`, as the plan form sends it. */
export const fewerVisits = (ownerId: string): TBenefitInput => ({
  description: 'Färre fysiska nattbesök',
  level: 'organisation',
  beneficiaries: ['organisation', 'clients'],
  kind: 'quantitative',
  indicator: 'Antal nattbesök per månad',
  unit: 'count',
  baselineValue: '1 200',
  baselineDate: '2025-01-01',
  targetValue: '800',
  targetDate: '2026-12-31',
  direction: 'lower_is_better',
  method: 'statistics',
  frequency: 'quarterly',
  ownerId,
});
