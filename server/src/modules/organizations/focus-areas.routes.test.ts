import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@test/test-app';
import { buildNeed, FAKE_PERSONNUMMER } from '@test/factories';
import { auditEventsOf, buildAdminScene, NON_ADMIN_ROLES, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

type FocusArea = { id: string; name: string; description: string; sortOrder: number; isArchived: boolean; version: number };

describe('focus areas', () => {
  let t: TestApp;
  let s: AdminScene;
  const create = async (body: Record<string, unknown>) => {
    const response = await s.clients.admin.post('/api/v1/focus-areas', body);
    if (response.statusCode !== 201) throw new Error(`create focus area failed: ${response.statusCode} ${response.body}`);
    return response.json<FocusArea>();
  };
  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
  });
  afterAll(async () => t.close());

  it('lets the administrator add focus areas that every member reads in their order', async () => {
    const safety = await create({ name: 'Trygghet och delaktighet', description: 'Brukare ska känna sig trygga.' });
    const sustain = await create({ name: 'Hållbarhet', sortOrder: 0 });
    expect(safety.sortOrder).toBeGreaterThan(0);
    const response = await s.clients.viewer.get('/api/v1/focus-areas');
    expect(response.statusCode).toBe(200);
    const names = response.json<{ items: FocusArea[] }>().items.map((f) => f.name);
    expect(names.indexOf('Hållbarhet')).toBeLessThan(names.indexOf('Trygghet och delaktighet'));
    expect((await auditEventsOf(t.db, sustain.id))[0]).toMatchObject({ action: 'focus_area.created', after: { name: 'Hållbarhet' } });
  });

  it('refuses a second focus area with the same name in any case, when creating or renaming', async () => {
    const duplicate = await s.clients.admin.post('/api/v1/focus-areas', { name: 'EFFEKTIVITET' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'conflict', errors: [{ path: 'body.name', code: 'duplicate' }] });
    const other = await create({ name: 'Kompetens' });
    const renamed = await s.clients.admin.patch(`/api/v1/focus-areas/${other.id}`, { name: 'effektivitet' }, { ifMatch: other.version });
    expect(renamed.statusCode).toBe(409);
  });

  it('allows the same name in another organisation', async () => {
    const response = await s.clients.otherAdmin.post('/api/v1/focus-areas', { name: 'Kompetens' });
    expect(response.statusCode).toBe(201);
  });

  it('archives a focus area with If-Match and records before and after', async () => {
    const area = await create({ name: 'Gammalt område' });
    const read = await s.clients.admin.get(`/api/v1/focus-areas/${area.id}`);
    expect(read.headers.etag).toBe('"1"');
    expect((await s.clients.admin.patch(`/api/v1/focus-areas/${area.id}`, { isArchived: true })).statusCode).toBe(428);
    const archived = await s.clients.admin.patch(`/api/v1/focus-areas/${area.id}`, { isArchived: true }, { ifMatch: 1 });
    expect(archived.json()).toMatchObject({ isArchived: true, version: 2 });
    expect((await s.clients.admin.patch(`/api/v1/focus-areas/${area.id}`, { sortOrder: 9 }, { ifMatch: 1 })).statusCode).toBe(412);
    expect((await auditEventsOf(t.db, area.id)).at(-1)).toMatchObject({
      action: 'focus_area.updated',
      before: { isArchived: false },
      after: { isArchived: true },
    });
  });

  it('deletes an unused focus area but refuses one that a goal or a need refers to', async () => {
    const unused = await create({ name: 'Tillfälligt' });
    expect((await s.clients.admin.delete(`/api/v1/focus-areas/${unused.id}`)).statusCode).toBe(204);
    expect((await auditEventsOf(t.db, unused.id)).at(-1)).toMatchObject({ action: 'focus_area.deleted', before: { name: 'Tillfälligt' } });

    const withGoal = await create({ name: 'Med mål' });
    await s.clients.admin.post('/api/v1/strategic-goals', { title: 'Ett mål', focusAreaId: withGoal.id });
    const goalRefused = await s.clients.admin.delete(`/api/v1/focus-areas/${withGoal.id}`);
    expect(goalRefused.statusCode).toBe(409);
    expect(goalRefused.json()).toMatchObject({ code: 'invalid_state', errors: [{ code: 'in_use' }] });

    const withNeed = await create({ name: 'Med behov' });
    await buildNeed(t.db, { id: s.org.id, focusAreaId: withNeed.id }, s.members.staff.id);
    const needRefused = await s.clients.admin.delete(`/api/v1/focus-areas/${withNeed.id}`);
    expect(needRefused.statusCode).toBe(409);
    expect(needRefused.json().detail).toMatch(/archive/i);
  });

  it('refuses a personnummer in the description and a negative sort order', async () => {
    const guarded = await s.clients.admin.post('/api/v1/focus-areas', { name: 'Skyddat', description: `Gäller ${FAKE_PERSONNUMMER}` });
    expect(guarded.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.description' }] });
    const invalid = await s.clients.admin.post('/api/v1/focus-areas', { name: 'Negativt', sortOrder: -1 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].path).toBe('body.sortOrder');
  });

  it.each(NON_ADMIN_ROLES)('answers 403 when a %s tries to create, change or delete a focus area', async (role) => {
    const client = s.clients[role];
    expect((await client.post('/api/v1/focus-areas', { name: 'Obehörigt' })).statusCode).toBe(403);
    expect((await client.patch(`/api/v1/focus-areas/${s.org.focusAreaId}`, { name: 'Obehörigt' }, { ifMatch: 1 })).statusCode).toBe(403);
    expect((await client.delete(`/api/v1/focus-areas/${s.org.focusAreaId}`)).statusCode).toBe(403);
  });

  it('answers 404 on every focus area route when another organisation’s administrator names ours', async () => {
    const id = s.org.focusAreaId;
    const other = s.clients.otherAdmin;
    expect((await other.get(`/api/v1/focus-areas/${id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/focus-areas/${id}`, { name: 'Kapat' }, { ifMatch: 1 })).statusCode).toBe(404);
    expect((await other.delete(`/api/v1/focus-areas/${id}`)).statusCode).toBe(404);
    expect((await other.get('/api/v1/focus-areas')).json().items.map((f: FocusArea) => f.id)).not.toContain(id);
  });
});
