import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, buildOrganization, type TestOrganization } from '@test/factories';

const all = (value: 1 | 2 | 3 | 4): TScores => ({
  competence: value,
  leadershipSupport: value,
  complexity: value,
  financing: value,
  savings: value,
  quality: value,
  mandatoryRequirement: value,
  goalFulfilment: value,
});

describe('the prioritisation matrix', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let viewer: ApiClient;
  let outsider: ApiClient;

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
  });
  afterAll(async () => t.close());

  const assess = async (needId: string, scores: TScores) => {
    const round = (await coordinator.post(`/api/v1/needs/${needId}/assessments`, {})).json<TAssessment>();
    const fixed = await coordinator.post(`/api/v1/needs/${needId}/assessment/fix`, { scores }, { ifMatch: round.version });
    expect(fixed.statusCode).toBe(200);
  };

  it('shows every assessed need as a labelled point with its quadrant and priority, best first, and filters them', async () => {
    const good = await buildNeed(t.db, org, coordinator.userId, { title: 'Digital nattillsyn', submittedAt: new Date('2025-02-10T12:00:00Z') });
    const poor = await buildNeed(t.db, org, coordinator.userId, { title: 'Ny skrivare', focusAreaIds: [], submittedAt: new Date('2025-05-10T12:00:00Z') });
    await buildNeed(t.db, org, coordinator.userId, { title: 'Ej bedömd' });
    await assess(good.id, all(1));
    await assess(poor.id, all(4));

    const response = await viewer.get('/api/v1/matrix');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.isTruncated).toBe(false);
    expect(body.boundary).toBe(2.5);
    expect(body.points).toEqual([
      expect.objectContaining({ needId: good.id, number: good.number, title: 'Digital nattillsyn', feasibility: 1, potential: 1, overall: 1, quadrant: 'doNow', priority: '1', status: 'assessed', focusAreas: [{ id: org.focusAreaId, name: 'Effektivitet' }], units: [{ id: org.unitId, name: 'Hemtjänst' }], allUnits: false }),
      expect.objectContaining({ needId: poor.id, quadrant: 'doNot', priority: '4', focusAreas: [] }),
    ]);

    const byFocus = (await viewer.get(`/api/v1/matrix?focusAreaId=${org.focusAreaId}`)).json();
    expect(byFocus.points.map((p: { needId: string }) => p.needId)).toEqual([good.id]);
    const byQuarter = (await viewer.get('/api/v1/matrix?quarter=2025-Q2')).json();
    expect(byQuarter.points.map((p: { needId: string }) => p.needId)).toEqual([poor.id]);
    const byQuadrant = (await viewer.get('/api/v1/matrix?quadrant=doNot')).json();
    expect(byQuadrant.points.map((p: { needId: string }) => p.needId)).toEqual([poor.id]);
    const byStatus = (await viewer.get('/api/v1/matrix?status=submitted')).json();
    expect(byStatus.points).toEqual([]);
  });

  it('refuses a malformed filter', async () => {
    const response = await viewer.get('/api/v1/matrix?quarter=2025-Q5');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toContain('quarter');
  });

  it('shows a member of another organisation none of these points', async () => {
    const response = await outsider.get('/api/v1/matrix');
    expect(response.statusCode).toBe(200);
    expect(response.json().points).toEqual([]);
  });
});
