import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@test/test-app';
import { FAKE_PERSONNUMMER } from '@test/factories';
import { auditEventsOf, buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';
import type { TForum } from '@domain/meetings.contracts';

describe('decision forums', () => {
  let t: TestApp;
  let s: AdminScene;
  const count = async () => (await s.clients.viewer.get('/api/v1/forums')).json<{ items: unknown[] }>().items.length;

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
  });
  afterAll(async () => t.close());

  it('lets an administrator define OLG with members and a chair, which every member can read', async () => {
    const body = { name: 'OLG', description: 'Omsorgens ledningsgrupp', memberIds: [s.members.staff.id, s.members.coordinator.id], chairId: s.members.admin.id };
    const created = await s.clients.admin.post('/api/v1/forums', body);
    expect(created.statusCode).toBe(201);
    const forum = created.json<TForum>();
    expect(forum).toMatchObject({ name: 'OLG', chairId: s.members.admin.id, version: 1 });
    expect(forum.members.map((m) => m.name)).toEqual(['Anna Administratör', 'Cecilia Utvecklingsledare', 'Sara Medarbetare']);
    expect(forum.members[0]).toMatchObject({ isChair: true });
    const list = await s.clients.viewer.get('/api/v1/forums');
    expect(list.json().items).toEqual([forum]);
    expect((await auditEventsOf(t.db, forum.id))[0]).toMatchObject({ action: 'forum.created', entityType: 'forum' });
    const candidates = (await s.clients.coordinator.get('/api/v1/forums/member-candidates')).json<{ items: { name: string }[] }>().items.map((c) => c.name);
    expect(candidates).toEqual(['Anna Administratör', 'Cecilia Utvecklingsledare', 'Sara Medarbetare', 'Viktor Läsare']);
  });

  it('lets a coordinator change the members and chair with If-Match, and refuses staff and other organisations', async () => {
    const forum = (await s.clients.coordinator.post('/api/v1/forums', { name: 'Styrgrupp välfärdsteknik', memberIds: [s.members.staff.id] })).json<TForum>();
    const url = `/api/v1/forums/${forum.id}`;
    const change = { name: 'Styrgrupp välfärdsteknik', memberIds: [s.members.viewer.id], chairId: s.members.viewer.id };
    expect((await s.clients.staff.post('/api/v1/forums', change)).statusCode).toBe(403);
    expect((await s.clients.staff.put(url, change, { ifMatch: 1 })).statusCode).toBe(403);
    expect((await s.clients.staff.get('/api/v1/forums/member-candidates')).statusCode).toBe(403);
    expect((await s.clients.otherAdmin.get(url)).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.put(url, change, { ifMatch: 1 })).statusCode).toBe(404);
    expect((await s.clients.coordinator.put(url, change)).statusCode).toBe(428);
    const saved = await s.clients.coordinator.put(url, change, { ifMatch: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, chairId: s.members.viewer.id, members: [{ name: 'Viktor Läsare', isChair: true }] });
    expect((await s.clients.coordinator.put(url, change, { ifMatch: 1 })).statusCode).toBe(412);
    expect((await auditEventsOf(t.db, forum.id)).at(-1)).toMatchObject({ action: 'forum.updated', before: { members: [{ name: 'Sara Medarbetare' }] } });
  });

  it('refuses bad input, another organisation’s people and a second forum with the same name, saving nothing', async () => {
    await s.clients.admin.post('/api/v1/forums', { name: 'Socialnämnden' });
    const before = await count();
    const outsider = s.clients.otherAdmin.userId;
    expect((await s.clients.admin.post('/api/v1/forums', { name: '' })).statusCode).toBe(400);
    expect((await s.clients.admin.post('/api/v1/forums', { name: 'X', memberIds: ['inte-ett-id'] })).statusCode).toBe(400);
    const foreign = await s.clients.admin.post('/api/v1/forums', { name: 'Ny', memberIds: [outsider] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ errors: [{ path: 'body.memberIds.0', code: 'not_found' }] });
    expect((await s.clients.admin.post('/api/v1/forums', { name: 'Ny', chairId: outsider })).json()).toMatchObject({ errors: [{ path: 'body.chairId' }] });
    expect((await s.clients.admin.post('/api/v1/forums', { name: 'socialnämnden' })).statusCode).toBe(409);
    expect((await s.clients.admin.post('/api/v1/forums', { name: 'Nämnd', description: `Brukare ${FAKE_PERSONNUMMER}` })).statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});
