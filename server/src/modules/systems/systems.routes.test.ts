import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERSONNUMMER } from '@test/factories';
import { addMonths } from '@domain/contract-dates';
import { todayInSweden } from '@domain/decisions.contracts';
import { createTestApp, type TestApp } from '@test/test-app';
import { auditEventsOf, buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';
import { buildInitiative, systemBody } from '@server/modules/systems/registers.test-support';

type System = { id: string; version: number; name: string; tasks: Array<{ task: string; done: boolean; assigneeName: string | null }> };

describe('the system list', () => {
  let t: TestApp;
  let s: AdminScene;
  let initiativeId: string;
  const create = async (overrides: Record<string, unknown> = {}) => {
    const response = await s.clients.coordinator.post('/api/v1/systems', systemBody(overrides));
    if (response.statusCode !== 201) throw new Error(`create system failed: ${response.statusCode} ${response.body}`);
    return response.json<System>();
  };
  const countSystems = async () => (await s.clients.viewer.get('/api/v1/systems')).json<{ items: unknown[] }>().items.length;

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    initiativeId = await buildInitiative(t.db, s.org, s.members.staff.id);
  });
  afterAll(async () => t.close());

  it('lets a coordinator register a system with units, an initiative and exact costs that every member reads', async () => {
    const system = await create({ unitIds: [s.org.unitId], initiativeLinks: [{ initiativeId, relation: 'introduced' }] });
    const read = await s.clients.viewer.get(`/api/v1/systems/${system.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.json()).toMatchObject({
      name: 'Phoniro',
      yearlyCostOre: 12_345_650,
      units: [{ id: s.org.unitId, name: 'Hemtjänst' }],
      initiatives: [{ initiativeId, title: 'Nyckelfria lås i hemtjänsten', relation: 'introduced' }],
      classification: { availability: 4 },
    });
    const list = await s.clients.viewer.get(`/api/v1/systems?initiativeId=${initiativeId}`);
    expect(list.json().items).toMatchObject([{ id: system.id, noticeDate: '2026-06-30', tasksDone: 0 }]);
    expect((await auditEventsOf(t.db, system.id))[0]).toMatchObject({ action: 'system.created', after: { name: 'Phoniro' } });
  });

  it('refuses staff and viewers who try to change the list', async () => {
    expect((await s.clients.staff.post('/api/v1/systems', systemBody())).statusCode).toBe(403);
    const system = await create({ name: 'Viva' });
    expect((await s.clients.viewer.put(`/api/v1/systems/${system.id}`, systemBody(), { ifMatch: 1 })).statusCode).toBe(403);
  });

  it('hides a system from another organisation', async () => {
    const system = await create({ name: 'Combine' });
    expect((await s.clients.otherAdmin.get(`/api/v1/systems/${system.id}`)).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.put(`/api/v1/systems/${system.id}`, systemBody(), { ifMatch: 1 })).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.get('/api/v1/systems')).json().items).toEqual([]);
  });

  it('saves with If-Match only, refusing a missing or stale version', async () => {
    const system = await create({ name: 'Alfa E' });
    const url = `/api/v1/systems/${system.id}`;
    expect((await s.clients.admin.put(url, systemBody({ name: 'Alfa E 2' }))).statusCode).toBe(428);
    const saved = await s.clients.admin.put(url, systemBody({ name: 'Alfa E 2', lifecycle: 'phasing_out' }), { ifMatch: 1 });
    expect(saved.json()).toMatchObject({ name: 'Alfa E 2', lifecycle: 'phasing_out', version: 2 });
    expect((await s.clients.admin.put(url, systemBody(), { ifMatch: 1 })).statusCode).toBe(412);
    expect((await auditEventsOf(t.db, system.id)).at(-1)).toMatchObject({ action: 'system.updated', before: { name: 'Alfa E' }, after: { name: 'Alfa E 2' } });
  });

  it('refuses bad input and saves nothing', async () => {
    const before = await countSystems();
    const backwards = await s.clients.coordinator.post('/api/v1/systems', systemBody({ contractStart: '2027-01-01', contractEnd: '2026-01-01' }));
    expect(backwards.statusCode).toBe(400);
    expect((await s.clients.coordinator.post('/api/v1/systems', systemBody({ yearlyCostOre: 10.5 }))).statusCode).toBe(400);
    expect((await s.clients.coordinator.post('/api/v1/systems', systemBody({ classification: { confidentiality: 5 } }))).statusCode).toBe(400);
    const otherUnit = await s.clients.coordinator.post('/api/v1/systems', systemBody({ unitIds: [s.other.unitId] }));
    expect(otherUnit.statusCode).toBe(400);
    expect(otherUnit.json().errors).toEqual([{ path: 'body.unitIds.0', code: 'not_found' }]);
    const personal = await s.clients.coordinator.post('/api/v1/systems', systemBody({ purpose: `Brukare ${FAKE_PERSONNUMMER}` }));
    expect(personal.statusCode).toBe(400);
    expect(await countSystems()).toBe(before);
  });

  it('lets a coordinator assign a förvaltning task to a member and tick it', async () => {
    const system = await create({ name: 'Evondos' });
    const url = `/api/v1/systems/${system.id}/tasks/support`;
    const body = { assigneeUserId: s.members.staff.id, done: true };
    expect((await s.clients.coordinator.put(url, body)).statusCode).toBe(428);
    expect((await s.clients.staff.put(url, body, { ifMatch: 1 })).statusCode).toBe(403);
    const ticked = await s.clients.coordinator.put(url, body, { ifMatch: 1 });
    expect(ticked.statusCode).toBe(200);
    expect(ticked.json<System>().tasks.find((task) => task.task === 'support')).toMatchObject({ done: true, assigneeName: 'Sara Medarbetare' });
    expect(ticked.json<System>().tasks).toHaveLength(9);
    const assignees = await s.clients.coordinator.get('/api/v1/systems/task-assignees');
    expect(assignees.json().items).toContainEqual({ userId: s.members.staff.id, name: 'Sara Medarbetare' });
    expect((await s.clients.staff.get('/api/v1/systems/task-assignees')).statusCode).toBe(403);
    expect((await s.clients.coordinator.put(url, body, { ifMatch: 1 })).statusCode).toBe(412);
    const stranger = await s.clients.coordinator.put(url, { assigneeUserId: s.other.id, done: false }, { ifMatch: 2 });
    expect(stranger.statusCode).toBe(400);
    expect((await s.clients.coordinator.put(`/api/v1/systems/${system.id}/tasks/unknown`, body, { ifMatch: 2 })).statusCode).toBe(400);
    expect((await auditEventsOf(t.db, system.id)).at(-1)).toMatchObject({ action: 'system.task_updated', after: { task: 'support', done: true } });
  });

  it('lists the contracts that end within the chosen months with their notice dates', async () => {
    const soon = await create({ name: 'Snart slut', contractStart: null, contractEnd: '2099-01-31', noticeMonths: 3 });
    const response = await s.clients.viewer.get('/api/v1/systems/contracts-ending?months=1200');
    expect(response.statusCode).toBe(400);
    const all = await s.clients.viewer.get('/api/v1/systems/contracts-ending?months=60');
    expect(all.json().items.map((item: { id: string }) => item.id)).not.toContain(soon.id);
    const end = addMonths(todayInSweden(), 2);
    const ending = await create({ name: 'Slutar om två månader', contractStart: null, contractEnd: end, noticeMonths: 1 });
    const three = await s.clients.viewer.get('/api/v1/systems/contracts-ending?months=3');
    expect(three.json().items).toContainEqual(expect.objectContaining({ id: ending.id, contractEnd: end, noticeDate: addMonths(end, -1) }));
    const one = await s.clients.viewer.get('/api/v1/systems/contracts-ending?months=1');
    expect(one.json().items.map((item: { id: string }) => item.id)).not.toContain(ending.id);
  });
});
