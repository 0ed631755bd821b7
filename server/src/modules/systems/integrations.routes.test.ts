import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERSONNUMMER } from '@test/factories';
import { createTestApp, type TestApp } from '@test/test-app';
import { auditEventsOf, buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';
import { systemBody } from '@server/modules/systems/registers.test-support';

type Integration = { id: string; version: number; fromSystemName: string; toSystemName: string; doubleEntry: boolean };

describe('integrations between systems', () => {
  let t: TestApp;
  let s: AdminScene;
  let viva: string;
  let phoniro: string;
  let foreign: string;
  const body = (overrides: Record<string, unknown> = {}) => ({
    fromSystemId: phoniro,
    toSystemId: viva,
    direction: 'one_way',
    information: 'Larmhändelser och insatstid',
    method: 'manual',
    doubleEntry: true,
    ...overrides,
  });
  const count = async () => (await s.clients.viewer.get('/api/v1/integrations')).json<{ items: unknown[] }>().items.length;

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    viva = (await s.clients.admin.post('/api/v1/systems', systemBody({ name: 'Viva' }))).json().id;
    phoniro = (await s.clients.admin.post('/api/v1/systems', systemBody({ name: 'Phoniro' }))).json().id;
    foreign = (await s.clients.otherAdmin.post('/api/v1/systems', systemBody({ name: 'Annat' }))).json().id;
  });
  afterAll(async () => t.close());

  it('lets a coordinator record that information is typed twice, which every member sees by system name', async () => {
    const created = await s.clients.coordinator.post('/api/v1/integrations', body());
    expect(created.statusCode).toBe(201);
    const id = created.json<Integration>().id;
    const list = await s.clients.viewer.get(`/api/v1/integrations?systemId=${viva}`);
    expect(list.json().items).toMatchObject([{ id, fromSystemName: 'Phoniro', toSystemName: 'Viva', doubleEntry: true, method: 'manual' }]);
    expect((await auditEventsOf(t.db, id))[0]).toMatchObject({ action: 'integration.created', after: { information: 'Larmhändelser och insatstid' } });
    const csv = await s.clients.viewer.get('/api/v1/integrations/export?format=csv');
    expect(csv.rawPayload.toString('utf8')).toContain('Phoniro;Viva;Envägs;Larmhändelser och insatstid;Manuell;Ja');
  });

  it('guards changes with If-Match, refuses staff and hides integrations from other organisations', async () => {
    const id = (await s.clients.coordinator.post('/api/v1/integrations', body({ method: 'api', doubleEntry: false }))).json<Integration>().id;
    const url = `/api/v1/integrations/${id}`;
    expect((await s.clients.staff.post('/api/v1/integrations', body())).statusCode).toBe(403);
    expect((await s.clients.staff.put(url, body(), { ifMatch: 1 })).statusCode).toBe(403);
    expect((await s.clients.otherAdmin.get(url)).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.delete(url, { ifMatch: 1 })).statusCode).toBe(404);
    expect((await s.clients.coordinator.put(url, body({ direction: 'two_way' }))).statusCode).toBe(428);
    expect((await s.clients.coordinator.put(url, body({ direction: 'two_way' }), { ifMatch: 1 })).json()).toMatchObject({ direction: 'two_way', version: 2 });
    expect((await s.clients.coordinator.put(url, body(), { ifMatch: 1 })).statusCode).toBe(412);
    expect((await s.clients.coordinator.delete(url, { ifMatch: 2 })).statusCode).toBe(204);
    expect((await auditEventsOf(t.db, id)).map((e) => e.action)).toEqual(['integration.created', 'integration.updated', 'integration.deleted']);
  });

  it('refuses bad input and saves nothing', async () => {
    const before = await count();
    expect((await s.clients.coordinator.post('/api/v1/integrations', body({ toSystemId: phoniro }))).statusCode).toBe(400);
    expect((await s.clients.coordinator.post('/api/v1/integrations', body({ method: 'fax' }))).statusCode).toBe(400);
    expect((await s.clients.coordinator.post('/api/v1/integrations', body({ information: '' }))).statusCode).toBe(400);
    expect((await s.clients.coordinator.post('/api/v1/integrations', body({ information: `Om ${FAKE_PERSONNUMMER}` }))).statusCode).toBe(400);
    const other = await s.clients.coordinator.post('/api/v1/integrations', body({ toSystemId: foreign }));
    expect(other.json()).toMatchObject({ errors: [{ path: 'body.toSystemId', code: 'not_found' }] });
    expect(await count()).toBe(before);
  });
});
