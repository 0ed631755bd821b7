import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { todayInSweden, type TDecision, type TInitiative } from '@domain/decisions.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, buildOrganization, type TestOrganization } from '@test/factories';

const ones: TScores = { competence: 1, leadershipSupport: 1, complexity: 1, financing: 1, savings: 1, quality: 1, mandatoryRequirement: 1, goalFulfilment: 1 };

describe('reading initiatives', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let viewer: ApiClient;
  let outsider: ApiClient;
  const created: TDecision[] = [];

  /** A need assessed, then decided to proceed in `form` (If-Match = the need's version). */
  async function initiativeFor(form: 'project' | 'assignment' | 'improvement', title: string): Promise<TDecision> {
    const need = await buildNeed(t.db, org, coordinator.userId, { title });
    const round = (await coordinator.post(`/api/v1/needs/${need.id}/assessments`, {})).json<TAssessment>();
    await coordinator.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: ones }, { ifMatch: round.version });
    const etag = (await coordinator.get(`/api/v1/needs/${need.id}/decisions`)).headers.etag as string;
    const body = { outcome: 'proceed', form, ownerName: 'Anna Ägare', plannedStartYear: 2026, rationale: 'Ja.', decisionDate: todayInSweden() };
    const response = await coordinator.post(`/api/v1/needs/${need.id}/decisions`, body, { ifMatch: etag });
    expect(response.statusCode).toBe(201);
    return response.json<TDecision>();
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    const c = await buildMember(t.db, org.id, ['coordinator']);
    const v = await buildMember(t.db, org.id, ['viewer']);
    const o = await buildMember(t.db, other.id, ['coordinator']);
    coordinator = await logInAs(t.app, c.email, c.password);
    viewer = await logInAs(t.app, v.email, v.password);
    outsider = await logInAs(t.app, o.email, o.password);
    created.push(await initiativeFor('project', 'Nyckelfria lås'));
    created.push(await initiativeFor('assignment', 'Utred digitala signaturer'));
    created.push(await initiativeFor('improvement', 'Nytt arbetssätt i journalsystemet'));
  });
  afterAll(async () => t.close());

  it('lets a viewer page through the initiatives, newest first', async () => {
    const first = await viewer.get('/api/v1/initiatives?limit=2');
    expect(first.statusCode).toBe(200);
    const second = await viewer.get(`/api/v1/initiatives?limit=2&cursor=${first.json().nextCursor}`);
    expect(second.json().nextCursor).toBeNull();
    const titles = [...first.json().items, ...second.json().items].map((i: TInitiative) => i.title);
    expect(titles).toEqual(['Nytt arbetssätt i journalsystemet', 'Utred digitala signaturer', 'Nyckelfria lås']);
  });

  it('filters the initiatives by form', async () => {
    const response = await viewer.get('/api/v1/initiatives?form=assignment');
    expect(response.json().items.map((i: TInitiative) => i.title)).toEqual(['Utred digitala signaturer']);
    expect((await viewer.get('/api/v1/initiatives?form=programme')).statusCode).toBe(400);
  });

  it('sends one initiative with its version as ETag', async () => {
    const response = await viewer.get(`/api/v1/initiatives/${created[0]!.initiativeId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({ id: created[0]!.initiativeId, decisionId: created[0]!.id, form: 'project', stage: 1, version: 1 });
  });

  it('answers 404 when a coordinator of another organisation reads the initiative, and 400 for a malformed id', async () => {
    expect((await outsider.get(`/api/v1/initiatives/${created[0]!.initiativeId}`)).statusCode).toBe(404);
    expect((await viewer.get('/api/v1/initiatives/inte-ett-id')).statusCode).toBe(400);
  });
});
