import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type ApiClient, type TestApp } from '@test/test-app';
import { buildNeed, FAKE_PERSONNUMMER } from '@test/factories';
import { auditEventsOf, buildAdminScene, NON_ADMIN_ROLES, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

type Unit = { id: string; parentId: string | null; name: string; isArchived: boolean; version: number; depth?: number };

describe('the organisation tree (units)', () => {
  let t: TestApp;
  let s: AdminScene;
  const createUnit = async (client: ApiClient, body: { name: string; parentId?: string | null }) => {
    const response = await client.post('/api/v1/units', body);
    if (response.statusCode !== 201) throw new Error(`create unit failed: ${response.statusCode} ${response.body}`);
    return response.json<Unit>();
  };
  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
  });
  afterAll(async () => t.close());

  it('lets the administrator build a tree that every member reads with parents before children', async () => {
    const care = await createUnit(s.clients.admin, { name: 'Äldreomsorg' });
    const night = await createUnit(s.clients.admin, { name: 'Nattpatrull', parentId: care.id });
    const home = await createUnit(s.clients.admin, { name: 'Boende', parentId: care.id });
    const response = await s.clients.viewer.get('/api/v1/units');
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: Unit[] }>().items;
    const order = items.map((u) => u.id);
    expect(order.indexOf(care.id)).toBeLessThan(order.indexOf(home.id));
    expect(order.indexOf(home.id)).toBeLessThan(order.indexOf(night.id));
    expect(items.find((u) => u.id === night.id)).toMatchObject({ parentId: care.id, depth: 1, isArchived: false });
    const [created] = await auditEventsOf(t.db, night.id);
    expect(created).toMatchObject({ action: 'unit.created', after: { name: 'Nattpatrull', parentId: care.id } });
  });

  it('sends the unit with an ETag and renames it with If-Match', async () => {
    const unit = await createUnit(s.clients.admin, { name: 'Hemsjukvård' });
    const read = await s.clients.staff.get(`/api/v1/units/${unit.id}`);
    expect(read.headers.etag).toBe('"1"');
    const renamed = await s.clients.admin.patch(`/api/v1/units/${unit.id}`, { name: 'Hälso- och sjukvård' }, { ifMatch: read.headers.etag as string });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Hälso- och sjukvård', version: 2 });
    expect(renamed.headers.etag).toBe('"2"');
    const events = await auditEventsOf(t.db, unit.id);
    expect(events.at(-1)).toMatchObject({ action: 'unit.updated', before: { name: 'Hemsjukvård' }, after: { name: 'Hälso- och sjukvård' } });
  });

  it('answers 428 without If-Match and 412 when someone saved first', async () => {
    const unit = await createUnit(s.clients.admin, { name: 'Myndighet' });
    expect((await s.clients.admin.patch(`/api/v1/units/${unit.id}`, { isArchived: true })).statusCode).toBe(428);
    await s.clients.admin.patch(`/api/v1/units/${unit.id}`, { isArchived: true }, { ifMatch: 1 });
    const stale = await s.clients.admin.patch(`/api/v1/units/${unit.id}`, { name: 'Myndighetsutövning' }, { ifMatch: 1 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
  });

  it('archives a unit and still lists it, flagged', async () => {
    const unit = await createUnit(s.clients.admin, { name: 'Gamla korttids' });
    await s.clients.admin.patch(`/api/v1/units/${unit.id}`, { isArchived: true }, { ifMatch: 1 });
    const items = (await s.clients.staff.get('/api/v1/units')).json<{ items: Unit[] }>().items;
    expect(items.find((u) => u.id === unit.id)?.isArchived).toBe(true);
  });

  it('refuses to move a unit under itself or one of its own sub-units', async () => {
    const top = await createUnit(s.clients.admin, { name: 'IFO' });
    const middle = await createUnit(s.clients.admin, { name: 'Barn och unga', parentId: top.id });
    const bottom = await createUnit(s.clients.admin, { name: 'Familjehem', parentId: middle.id });
    const underGrandchild = await s.clients.admin.patch(`/api/v1/units/${top.id}`, { parentId: bottom.id }, { ifMatch: top.version });
    expect(underGrandchild.statusCode).toBe(409);
    expect(underGrandchild.json()).toMatchObject({ code: 'invalid_state', errors: [{ path: 'body.parentId', code: 'cycle' }] });
    const underItself = await s.clients.admin.patch(`/api/v1/units/${top.id}`, { parentId: top.id }, { ifMatch: top.version });
    expect(underItself.statusCode).toBe(409);
    const toRoot = await s.clients.admin.patch(`/api/v1/units/${bottom.id}`, { parentId: null }, { ifMatch: bottom.version });
    expect(toRoot.json()).toMatchObject({ parentId: null });
    const moved = await s.clients.admin.patch(`/api/v1/units/${top.id}`, { parentId: bottom.id }, { ifMatch: top.version });
    expect(moved.statusCode).toBe(200);
  });

  it('refuses a parent from another organisation as if it did not exist', async () => {
    const response = await s.clients.admin.post('/api/v1/units', { name: 'Smygenhet', parentId: s.other.unitId });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'body.parentId', code: 'not_found' }]);
    const unit = await createUnit(s.clients.admin, { name: 'Flyttbar' });
    const moved = await s.clients.admin.patch(`/api/v1/units/${unit.id}`, { parentId: s.other.unitId }, { ifMatch: 1 });
    expect(moved.statusCode).toBe(400);
  });

  it('deletes an unused leaf unit and records what it was', async () => {
    const unit = await createUnit(s.clients.admin, { name: 'Felregistrerad' });
    expect((await s.clients.admin.delete(`/api/v1/units/${unit.id}`)).statusCode).toBe(204);
    expect((await s.clients.admin.get(`/api/v1/units/${unit.id}`)).statusCode).toBe(404);
    expect((await auditEventsOf(t.db, unit.id)).at(-1)).toMatchObject({ action: 'unit.deleted', before: { name: 'Felregistrerad' } });
  });

  it('refuses to delete a unit with sub-units or one that needs refer to, suggesting archiving', async () => {
    const parent = await createUnit(s.clients.admin, { name: 'LSS' });
    await createUnit(s.clients.admin, { name: 'Daglig verksamhet', parentId: parent.id });
    const withChildren = await s.clients.admin.delete(`/api/v1/units/${parent.id}`);
    expect(withChildren.statusCode).toBe(409);
    expect(withChildren.json()).toMatchObject({ code: 'invalid_state', errors: [{ code: 'has_children' }] });
    expect(withChildren.json().detail).toMatch(/archive/i);
    const used = await createUnit(s.clients.admin, { name: 'Hemtjänst norr' });
    await buildNeed(t.db, { id: s.org.id, unitId: used.id }, s.members.staff.id);
    const inUse = await s.clients.admin.delete(`/api/v1/units/${used.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json()).toMatchObject({ code: 'invalid_state', errors: [{ code: 'in_use' }] });
    expect((await s.clients.admin.get(`/api/v1/units/${used.id}`)).statusCode).toBe(200);
  });

  it('refuses an empty name and a personnummer in the name', async () => {
    const empty = await s.clients.admin.post('/api/v1/units', { name: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('body.name');
    const guarded = await s.clients.admin.post('/api/v1/units', { name: `Enhet ${FAKE_PERSONNUMMER}` });
    expect(guarded.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.name' }] });
  });

  it.each(NON_ADMIN_ROLES)('answers 403 when a %s tries to create, change or delete a unit', async (role) => {
    const client = s.clients[role];
    expect((await client.post('/api/v1/units', { name: 'Obehörig' })).statusCode).toBe(403);
    expect((await client.patch(`/api/v1/units/${s.org.unitId}`, { name: 'Obehörig' }, { ifMatch: 1 })).statusCode).toBe(403);
    expect((await client.delete(`/api/v1/units/${s.org.unitId}`)).statusCode).toBe(403);
  });

  it('answers 404 on every unit route when another organisation’s administrator names our unit', async () => {
    const id = s.org.unitId;
    const other = s.clients.otherAdmin;
    expect((await other.get(`/api/v1/units/${id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/units/${id}`, { name: 'Kapad' }, { ifMatch: 1 })).statusCode).toBe(404);
    expect((await other.delete(`/api/v1/units/${id}`)).statusCode).toBe(404);
    expect((await other.post('/api/v1/units', { name: 'Under er', parentId: id })).statusCode).toBe(400);
    expect((await other.get('/api/v1/units')).json().items.map((u: Unit) => u.id)).not.toContain(id);
  });
});
