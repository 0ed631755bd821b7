import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPilot } from '@domain/pilots.contracts';
import { FAKE_PERSONNUMMER } from '@test/factories';
import { createTestApp, type TestApp } from '@test/test-app';
import { auditActions, buildInitiativeWorld, type InitiativeWorld } from '@server/modules/initiative-access/initiative-work.test-support';

describe('pilots and testbäddar of an initiative', () => {
  let t: TestApp;
  let w: InitiativeWorld;
  let unitId: string;
  let otherUnitId: string;
  let url: string;
  const body = (overrides: Record<string, unknown> = {}) => ({
    title: 'Digital nattillsyn på Björkbacken',
    unitId,
    environment: 'Avdelning 2, tolv lägenheter',
    startsOn: '2026-03-01',
    endsOn: '2026-08-31',
    partners: [
      { kind: 'company', name: 'Tillsynsbolaget AB' },
      { kind: 'academia', name: 'Högskolan i Exempelstad' },
      { kind: 'relatives', name: 'Anhörigföreningen' },
    ],
    whatIsTested: 'Om kamera och sensor kan ersätta nattliga tillsynsbesök utan att tryggheten minskar.',
    status: 'running',
    results: '',
    outcome: null,
    ...overrides,
  });
  const pilotsOf = async () => (await w.viewer.get(`${url}/pilots`)).json<{ items: TPilot[] }>().items;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildInitiativeWorld(t);
    url = `/api/v1/initiatives/${w.initiativeId}`;
    unitId = (await w.admin.post('/api/v1/units', { name: 'Björkbackens särskilda boende' })).json<{ id: string }>().id;
    const otherAdmin = w.outsider;
    otherUnitId = (await otherAdmin.get('/api/v1/units')).json<{ items: { id: string }[] }>().items[0]?.id ?? '01900000-0000-7000-8000-00000000beef';
  });
  afterAll(async () => t.close());

  it('lets the utvecklingsledare record a pilot in a SÄBO unit with partners, which everyone reads on the initiative and in the organisation’s list', async () => {
    const created = await w.coordinator.post(`${url}/pilots`, body());
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const pilot = created.json<TPilot>();
    expect(pilot).toMatchObject({ unitName: 'Björkbackens särskilda boende', status: 'running', partners: [{ kind: 'company' }, { kind: 'academia' }, { kind: 'relatives' }], version: 1 });
    expect((await pilotsOf()).map((p) => p.id)).toEqual([pilot.id]);
    const all = (await w.viewer.get('/api/v1/pilots')).json<{ items: TPilot[] }>().items;
    expect(all).toEqual([expect.objectContaining({ id: pilot.id, initiativeTitle: 'Tillsynskameror i ordinärt boende' })]);
    expect(await auditActions(w.admin, pilot.id)).toEqual(['pilot.created']);
  });

  it('saves the results with If-Match and refuses a second save based on the old version (412), or none at all (428)', async () => {
    const pilot = (await w.coordinator.post(`${url}/pilots`, body({ title: 'Läkemedelsautomat', status: 'planned' }))).json<TPilot>();
    const saved = await w.coordinator.put(`/api/v1/pilots/${pilot.id}`, body({ title: 'Läkemedelsautomat', status: 'completed', results: 'Färre missade doser.', outcome: 'continue' }), { ifMatch: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'completed', outcome: 'continue', version: 2 });
    const stale = await w.coordinator.put(`/api/v1/pilots/${pilot.id}`, body({ title: 'Läkemedelsautomat', results: 'Skriver över' }), { ifMatch: 1 });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect((await w.coordinator.put(`/api/v1/pilots/${pilot.id}`, body())).statusCode).toBe(428);
    expect((await w.coordinator.delete(`/api/v1/pilots/${pilot.id}`, { ifMatch: 1 })).statusCode).toBe(412);
    expect((await pilotsOf()).find((p) => p.id === pilot.id)).toMatchObject({ results: 'Färre missade doser.', version: 2 });
    expect((await w.coordinator.delete(`/api/v1/pilots/${pilot.id}`, { ifMatch: 2 })).statusCode).toBe(204);
    expect((await pilotsOf()).some((p) => p.id === pilot.id)).toBe(false);
    expect(await auditActions(w.admin, pilot.id)).toEqual(expect.arrayContaining(['pilot.created', 'pilot.updated', 'pilot.deleted']));
  });

  it('refuses a pilot that ends before it starts, a personnummer, an unknown partner kind or another organisation’s unit, and saves nothing', async () => {
    const before = (await pilotsOf()).length;
    const backwards = await w.coordinator.post(`${url}/pilots`, body({ startsOn: '2026-09-01', endsOn: '2026-08-31' }));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ code: 'validation_failed', errors: [expect.objectContaining({ path: 'body.endsOn' })] });
    const personal = await w.coordinator.post(`${url}/pilots`, body({ partners: [{ kind: 'client', name: `Brukare ${FAKE_PERSONNUMMER}` }] }));
    expect(personal.statusCode).toBe(400);
    expect(personal.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.partners.0.name' }] });
    expect((await w.coordinator.post(`${url}/pilots`, body({ results: `Följ upp ${FAKE_PERSONNUMMER}` }))).statusCode).toBe(400);
    expect((await w.coordinator.post(`${url}/pilots`, body({ partners: [{ kind: 'kung', name: 'X' }] }))).statusCode).toBe(400);
    const foreignUnit = await w.coordinator.post(`${url}/pilots`, body({ unitId: otherUnitId }));
    expect(foreignUnit.statusCode).toBe(400);
    expect(foreignUnit.json()).toMatchObject({ errors: [{ path: 'body.unitId', code: 'not_found' }] });
    expect((await pilotsOf()).length).toBe(before);
  });

  it('hides pilots from another organisation (404) and lets only those who work the initiative change them (403)', async () => {
    const pilot = (await w.coordinator.post(`${url}/pilots`, body({ title: 'Sensorer i korridoren' }))).json<TPilot>();
    expect((await w.outsider.get(`${url}/pilots`)).statusCode).toBe(404);
    expect((await w.outsider.post(`${url}/pilots`, body())).statusCode).toBe(404);
    expect((await w.outsider.put(`/api/v1/pilots/${pilot.id}`, body(), { ifMatch: 1 })).statusCode).toBe(404);
    expect((await w.outsider.delete(`/api/v1/pilots/${pilot.id}`, { ifMatch: 1 })).statusCode).toBe(404);
    expect((await w.outsider.get('/api/v1/pilots')).json<{ items: TPilot[] }>().items).toEqual([]);
    expect((await w.staff.post(`${url}/pilots`, body())).statusCode).toBe(403);
    expect((await w.viewer.put(`/api/v1/pilots/${pilot.id}`, body(), { ifMatch: 1 })).statusCode).toBe(403);
    expect((await pilotsOf()).find((p) => p.id === pilot.id)).toMatchObject({ title: 'Sensorer i korridoren', version: 1 });
  });

  it('exports the organisation’s pilots to Excel and CSV in Swedish words', async () => {
    const csv = await w.viewer.get('/api/v1/pilots/export?format=csv');
    expect(csv.statusCode).toBe(200);
    const text = csv.rawPayload.toString('utf8');
    expect(text).toContain('Digital nattillsyn på Björkbacken');
    expect(text).toContain('Tillsynsbolaget AB (företag)');
    expect(text).toContain('Pågår');
    const xlsx = await w.viewer.get('/api/v1/pilots/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });
});
