import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERSONNUMMER } from '@test/factories';
import { createTestApp, type TestApp } from '@test/test-app';
import { auditEventsOf, buildAdminScene, NON_ADMIN_ROLES, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

type Goal = { id: string; title: string; description: string; focusAreaId: string | null; isArchived: boolean; version: number };

describe('strategic goals', () => {
  let t: TestApp;
  let s: AdminScene;
  let goal: Goal;
  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    const response = await s.clients.admin.post('/api/v1/strategic-goals', {
      title: 'Minska tiden för administration i hemtjänsten',
      description: 'Mer tid hos brukarna.',
      focusAreaId: s.org.focusAreaId,
    });
    goal = response.json<Goal>();
  });
  afterAll(async () => t.close());

  it('lets the administrator add a goal under a focus area that every member reads', async () => {
    expect(goal).toMatchObject({ focusAreaId: s.org.focusAreaId, isArchived: false, version: 1 });
    const list = await s.clients.viewer.get('/api/v1/strategic-goals');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toContainEqual(goal);
    expect((await auditEventsOf(t.db, goal.id))[0]).toMatchObject({ action: 'strategic_goal.created', after: { title: goal.title } });
  });

  it('changes a goal with If-Match, detaches it from its focus area and records before and after', async () => {
    const read = await s.clients.staff.get(`/api/v1/strategic-goals/${goal.id}`);
    expect(read.headers.etag).toBe('"1"');
    expect((await s.clients.admin.patch(`/api/v1/strategic-goals/${goal.id}`, { focusAreaId: null })).statusCode).toBe(428);
    const changed = await s.clients.admin.patch(`/api/v1/strategic-goals/${goal.id}`, { focusAreaId: null, title: 'Mindre administration' }, { ifMatch: 1 });
    expect(changed.json()).toMatchObject({ focusAreaId: null, title: 'Mindre administration', version: 2 });
    expect((await s.clients.admin.patch(`/api/v1/strategic-goals/${goal.id}`, { isArchived: true }, { ifMatch: 1 })).statusCode).toBe(412);
    expect((await auditEventsOf(t.db, goal.id)).at(-1)).toMatchObject({
      action: 'strategic_goal.updated',
      before: { focusAreaId: s.org.focusAreaId },
      after: { focusAreaId: null },
    });
  });

  it('refuses another organisation’s focus area as if it did not exist', async () => {
    const response = await s.clients.admin.post('/api/v1/strategic-goals', { title: 'Smygmål', focusAreaId: s.other.focusAreaId });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'body.focusAreaId', code: 'not_found' }]);
  });

  it('refuses a personnummer in the description and a missing title', async () => {
    const guarded = await s.clients.admin.post('/api/v1/strategic-goals', { title: 'Mål', description: `Som för ${FAKE_PERSONNUMMER}` });
    expect(guarded.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.description' }] });
    const invalid = await s.clients.admin.post('/api/v1/strategic-goals', { description: 'Utan rubrik' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].path).toBe('body.title');
  });

  it('deletes a goal and records what it was', async () => {
    const created = (await s.clients.admin.post('/api/v1/strategic-goals', { title: 'Kortlivat mål' })).json<Goal>();
    expect((await s.clients.admin.delete(`/api/v1/strategic-goals/${created.id}`)).statusCode).toBe(204);
    expect((await s.clients.admin.get(`/api/v1/strategic-goals/${created.id}`)).statusCode).toBe(404);
    expect((await auditEventsOf(t.db, created.id)).at(-1)).toMatchObject({ action: 'strategic_goal.deleted', before: { title: 'Kortlivat mål' } });
  });

  it.each(NON_ADMIN_ROLES)('answers 403 when a %s tries to create, change or delete a goal', async (role) => {
    const client = s.clients[role];
    expect((await client.post('/api/v1/strategic-goals', { title: 'Obehörigt' })).statusCode).toBe(403);
    expect((await client.patch(`/api/v1/strategic-goals/${goal.id}`, { title: 'Obehörigt' }, { ifMatch: 2 })).statusCode).toBe(403);
    expect((await client.delete(`/api/v1/strategic-goals/${goal.id}`)).statusCode).toBe(403);
  });

  it('answers 404 on every goal route when another organisation’s administrator names ours', async () => {
    const other = s.clients.otherAdmin;
    expect((await other.get(`/api/v1/strategic-goals/${goal.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/strategic-goals/${goal.id}`, { title: 'Kapat' }, { ifMatch: 2 })).statusCode).toBe(404);
    expect((await other.delete(`/api/v1/strategic-goals/${goal.id}`)).statusCode).toBe(404);
    expect((await other.get('/api/v1/strategic-goals')).json().items.map((g: Goal) => g.id)).not.toContain(goal.id);
  });
});
