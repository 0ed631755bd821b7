import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@test/test-app';
import { buildNeed, FAKE_PERSONNUMMER } from '@test/factories';
import { auditEventsOf, buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

describe('supplier demos', () => {
  let t: TestApp;
  let s: AdminScene;
  let needId: string;
  let otherNeedId: string;
  const body = (overrides: Record<string, unknown> = {}) => ({
    title: 'Leverantörsvisning våren',
    heldOn: '2026-03-12',
    place: 'Stadshuset, sal 3',
    participants: [
      { role: 'operations', name: 'Enhetschef hemtjänst' },
      { role: 'it', name: '' },
    ],
    presentations: [
      { supplier: 'Phoniro', product: 'Digital nattillsyn', forWhom: 'Brukare i ordinärt boende', problemSolved: 'Störande nattbesök', difference: 'Integrerad med låsen' },
      { supplier: 'Evondos', product: 'Läkemedelsrobot', forWhom: 'Brukare med läkemedelsstöd', problemSolved: 'Missade doser', difference: 'Påminner och larmar' },
    ],
    reflection: 'Nattillsynen passar behovet om nattbesök.',
    needIds: [needId],
    ...overrides,
  });
  const count = async () => (await s.clients.viewer.get('/api/v1/supplier-demos')).json<{ items: unknown[] }>().items.length;

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    needId = (await buildNeed(t.db, s.org, s.members.staff.id, { title: 'Färre nattbesök' })).id;
    otherNeedId = (await buildNeed(t.db, s.other, s.members.staff.id)).id;
  });
  afterAll(async () => t.close());

  it('lets a coordinator record a demo linked to a need, which the need page lists', async () => {
    const created = await s.clients.coordinator.post('/api/v1/supplier-demos', body());
    expect(created.statusCode).toBe(201);
    const demo = created.json();
    expect(demo).toMatchObject({ needs: [{ id: needId, title: 'Färre nattbesök' }], presentations: [{ supplier: 'Phoniro' }, { supplier: 'Evondos' }] });
    const forNeed = await s.clients.viewer.get(`/api/v1/supplier-demos?needId=${needId}`);
    expect(forNeed.json().items).toEqual([
      { id: demo.id, title: 'Leverantörsvisning våren', heldOn: '2026-03-12', place: 'Stadshuset, sal 3', suppliers: ['Phoniro', 'Evondos'], needCount: 1 },
    ]);
    expect((await auditEventsOf(t.db, demo.id))[0]).toMatchObject({ action: 'supplier_demo.created' });
    const csv = await s.clients.viewer.get('/api/v1/supplier-demos/export?format=csv');
    expect(csv.rawPayload.toString('utf8').split('\r\n')).toHaveLength(4);
  });

  it('guards the reflection afterwards with If-Match, refuses staff and hides demos from other organisations', async () => {
    const demo = (await s.clients.coordinator.post('/api/v1/supplier-demos', body({ needIds: [] }))).json();
    const url = `/api/v1/supplier-demos/${demo.id}`;
    expect((await s.clients.staff.post('/api/v1/supplier-demos', body())).statusCode).toBe(403);
    expect((await s.clients.staff.put(url, body(), { ifMatch: 1 })).statusCode).toBe(403);
    expect((await s.clients.otherAdmin.get(url)).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.put(url, body(), { ifMatch: 1 })).statusCode).toBe(404);
    expect((await s.clients.coordinator.put(url, body({ reflection: 'Ny' }))).statusCode).toBe(428);
    expect((await s.clients.coordinator.put(url, body({ reflection: 'Ny' }), { ifMatch: 1 })).json()).toMatchObject({ reflection: 'Ny', version: 2 });
    expect((await s.clients.coordinator.put(url, body(), { ifMatch: 1 })).statusCode).toBe(412);
    expect((await auditEventsOf(t.db, demo.id)).at(-1)).toMatchObject({ action: 'supplier_demo.updated', after: { reflection: 'Ny' } });
  });

  it('refuses bad input and saves nothing', async () => {
    const before = await count();
    expect((await s.clients.coordinator.post('/api/v1/supplier-demos', body({ presentations: [] }))).statusCode).toBe(400);
    expect((await s.clients.coordinator.post('/api/v1/supplier-demos', body({ heldOn: '12 mars' }))).statusCode).toBe(400);
    expect((await s.clients.coordinator.post('/api/v1/supplier-demos', body({ participants: [{ role: 'kung', name: '' }] }))).statusCode).toBe(400);
    const personal = await s.clients.coordinator.post('/api/v1/supplier-demos', body({ reflection: `Brukaren ${FAKE_PERSONNUMMER}` }));
    expect(personal.statusCode).toBe(400);
    const foreign = await s.clients.coordinator.post('/api/v1/supplier-demos', body({ needIds: [otherNeedId] }));
    expect(foreign.json()).toMatchObject({ errors: [{ path: 'body.needIds.0', code: 'not_found' }] });
    expect(await count()).toBe(before);
  });
});
