import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TGoalContributions, TNeedGoals } from '@domain/goal-links.contracts';
import { createTestApp, type TestApp } from '@test/test-app';
import { buildNeed } from '@test/factories';
import { initiativeThroughDecision } from '@test/initiatives';
import { auditEventsOf, buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

describe('strategic goals served by needs and initiatives', () => {
  let t: TestApp;
  let s: AdminScene;
  let goalId: string;
  let otherGoalId: string;

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    goalId = (await s.clients.admin.post('/api/v1/strategic-goals', { title: 'Fler ska kunna bo kvar hemma' })).json<{ id: string }>().id;
    otherGoalId = (await s.clients.otherAdmin.post('/api/v1/strategic-goals', { title: 'Annan kommuns mål' })).json<{ id: string }>().id;
  });
  afterAll(async () => t.close());

  it('lets a coordinator say which goals a need serves, and the goal shows the need and the initiative it became', async () => {
    const initiativeId = await initiativeThroughDecision(t.db, s.org, s.clients.coordinator, { title: 'Digital nattillsyn' });
    const needId = (await s.clients.coordinator.get(`/api/v1/initiatives/${initiativeId}`)).json<{ needId: string }>().needId;
    const etag = (await s.clients.coordinator.get(`/api/v1/needs/${needId}`)).headers.etag as string;
    const set = await s.clients.coordinator.put(`/api/v1/needs/${needId}/goals`, { goalIds: [goalId] }, { ifMatch: etag });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<TNeedGoals>().items.map((goal) => goal.title)).toEqual(['Fler ska kunna bo kvar hemma']);
    expect((await s.clients.viewer.get(`/api/v1/needs/${needId}/goals`)).json<TNeedGoals>().items).toHaveLength(1);
    const contributions = (await s.clients.viewer.get(`/api/v1/strategic-goals/${goalId}/contributions`)).json<TGoalContributions>();
    expect(contributions.needs.map((need) => need.title)).toEqual(['Digital nattillsyn']);
    expect(contributions.initiatives.map((initiative) => initiative.id)).toEqual([initiativeId]);
    expect((await auditEventsOf(t.db, needId)).map((e) => e.action)).toContain('need.goals_set');
    expect((await s.clients.coordinator.put(`/api/v1/needs/${needId}/goals`, { goalIds: [] }, { ifMatch: etag })).statusCode).toBe(412);
  });

  it("refuses another organisation's goal, hides the links from other organisations and lets staff change only their own new need", async () => {
    const need = await buildNeed(t.db, s.org, s.members.coordinator.id, { title: 'Talenheter' });
    const etag = (await s.clients.coordinator.get(`/api/v1/needs/${need.id}`)).headers.etag as string;
    const foreign = await s.clients.coordinator.put(`/api/v1/needs/${need.id}/goals`, { goalIds: [otherGoalId] }, { ifMatch: etag });
    expect([foreign.statusCode, foreign.json().errors]).toEqual([400, [{ path: 'body.goalIds.0', code: 'not_found' }]]);
    expect((await s.clients.otherAdmin.get(`/api/v1/needs/${need.id}/goals`)).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.get(`/api/v1/strategic-goals/${goalId}/contributions`)).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.put(`/api/v1/needs/${need.id}/goals`, { goalIds: [] }, { ifMatch: etag })).statusCode).toBe(404);
    expect((await s.clients.staff.put(`/api/v1/needs/${need.id}/goals`, { goalIds: [goalId] }, { ifMatch: etag })).statusCode).toBe(403);
    expect((await s.clients.coordinator.get(`/api/v1/needs/${need.id}/goals`)).json<TNeedGoals>().items).toEqual([]);
  });
});
