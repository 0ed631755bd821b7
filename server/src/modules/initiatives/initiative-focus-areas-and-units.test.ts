import type { Role } from '@domain/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TInitiative, TInitiativePage } from '@domain/decisions.contracts';
import type { TTimelineEvent } from '@domain/process.contracts';
import { buildOrganization, logInNewMember, type TestOrganization } from '@test/factories';
import { createTestApp, type ApiClient, type TestApp } from '@test/test-app';
import { auditOf } from '@server/modules/needs/needs.test-support';

/** Seed 003's kind of running project, registered with one focus area and one unit. */
const existing = (org: TestOrganization, title: string) => ({
  title,
  problem: 'Nattliga tillsynsbesök väcker brukare.',
  expectedBenefit: 'Ostörd sömn och mindre restid.',
  form: 'project',
  ownerName: 'Ann Avdelningschef',
  plannedStartYear: 2024,
  decisionDate: '2023-11-15',
  reference: 'SN 2023/123 § 45',
  focusAreaIds: [org.focusAreaId],
  unitIds: [org.unitId],
});

describe("an initiative's focus areas and units after the decision", () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let staff: ApiClient;
  let outsider: ApiClient;
  let secondArea: { id: string; name: string };
  let secondUnit: { id: string; name: string };
  let foreignArea: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    const as = (organizationId: string, roles: Role[]) => logInNewMember(t, organizationId, roles);
    coordinator = await as(org.id, ['coordinator']);
    staff = await as(org.id, ['staff']);
    outsider = await as(other.id, ['coordinator']);
    const admin = await as(org.id, ['admin']);
    secondArea = (await admin.post('/api/v1/focus-areas', { name: 'Trygghet' })).json();
    secondUnit = (await admin.post('/api/v1/units', { name: 'Hemtjänst Norr' })).json();
    foreignArea = { id: other.focusAreaId };
  });
  afterAll(async () => t.close());

  const register = async (title: string) => {
    const response = await coordinator.post('/api/v1/initiatives/pre-digiplan', existing(org, title));
    expect(response.statusCode, response.body).toBe(201);
    return response.json<TInitiative>();
  };
  const editOf = (initiative: TInitiative, over: Record<string, unknown>) => ({
    title: initiative.title,
    description: initiative.description,
    ownerName: initiative.ownerName,
    plannedStartYear: initiative.plannedStartYear,
    plannedEndYear: initiative.plannedEndYear,
    ...over,
  });

  it('shows a pre-Digiplan initiative with the focus areas and units of its need, on its page and in the list', async () => {
    const initiative = await register('Trygghetskameror i hemtjänsten');
    expect(initiative.focusAreas.map((area) => area.id)).toEqual([org.focusAreaId]);
    expect(initiative).toMatchObject({ units: [{ id: org.unitId }], allUnits: false });
    const list = (await staff.get('/api/v1/initiatives')).json<TInitiativePage>();
    expect(list.items.find((item) => item.id === initiative.id)).toMatchObject({ focusAreas: [{ id: org.focusAreaId }], units: [{ id: org.unitId }] });
  });

  it('lets the utvecklingsledare change the focus areas and units with If-Match: the need follows, the timeline names them and both audit trails keep before and after', async () => {
    const initiative = await register('Digitala nyckelskåp');
    const url = `/api/v1/initiatives/${initiative.id}`;
    const needBefore = (await coordinator.get(`/api/v1/needs/${initiative.needId}`)).json<{ version: number }>();

    const response = await coordinator.put(url, editOf(initiative, { focusAreaIds: [org.focusAreaId, secondArea.id], unitIds: [secondUnit.id] }), { ifMatch: initiative.version });
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json<TInitiative>();
    expect(saved.focusAreas.map((area) => area.id).sort()).toEqual([org.focusAreaId, secondArea.id].sort());
    expect(saved).toMatchObject({ units: [{ id: secondUnit.id, name: 'Hemtjänst Norr' }], allUnits: false, version: initiative.version + 1 });

    const need = (await coordinator.get(`/api/v1/needs/${initiative.needId}`)).json<{ version: number; focusAreas: { id: string }[]; units: { id: string }[] }>();
    expect(need.units.map((unit) => unit.id)).toEqual([secondUnit.id]);
    expect(need.focusAreas).toHaveLength(2);
    expect(need.version).toBe(needBefore.version + 1);

    const timeline = (await staff.get(`${url}/timeline`)).json<{ items: TTimelineEvent[] }>().items;
    expect(timeline.at(-1)).toMatchObject({ kind: 'initiative.edited', payload: { fields: ['focusAreaIds', 'unitIds'], summary: 'Ändrade fokusområden, enheter.' } });
    expect((await auditOf(t.db, initiative.id)).at(-1)).toMatchObject({
      action: 'initiative.updated',
      before: { focusAreaIds: [org.focusAreaId], unitIds: [org.unitId] },
      after: { unitIds: [secondUnit.id] },
    });
    expect((await auditOf(t.db, initiative.needId)).at(-1)).toMatchObject({ action: 'need.updated', before: { unitIds: [org.unitId] }, after: { unitIds: [secondUnit.id] } });

    // A stale version changes nothing.
    expect((await coordinator.put(url, editOf(saved, { allUnits: true }), { ifMatch: initiative.version })).statusCode).toBe(412);
    expect((await staff.get(url)).json<TInitiative>().allUnits).toBe(false);
  });

  it('turns the units into "Alla" (the whole förvaltning), emptying the named units', async () => {
    const initiative = await register('Digital tillsyn natt');
    const response = await coordinator.put(`/api/v1/initiatives/${initiative.id}`, editOf(initiative, { allUnits: true }), { ifMatch: initiative.version });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<TInitiative>()).toMatchObject({ allUnits: true, units: [], focusAreas: [{ id: org.focusAreaId }] });
  });

  it("refuses another organisation's focus area and 'Alla' together with named units (422, nothing changed), and another organisation's initiative (404)", async () => {
    const initiative = await register('Läkemedelsrobotar i boendet');
    const url = `/api/v1/initiatives/${initiative.id}`;
    const foreign = await coordinator.put(url, editOf(initiative, { focusAreaIds: [foreignArea.id] }), { ifMatch: initiative.version });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
    expect(foreign.json().errors).toEqual([expect.objectContaining({ path: 'body.focusAreaIds' })]);
    const both = await coordinator.put(url, editOf(initiative, { allUnits: true, unitIds: [secondUnit.id] }), { ifMatch: initiative.version });
    expect(both.statusCode).toBe(422);
    expect((await outsider.put(url, editOf(initiative, { unitIds: [] }), { ifMatch: initiative.version })).statusCode).toBe(404);
    expect((await staff.put(url, editOf(initiative, { unitIds: [] }), { ifMatch: initiative.version })).statusCode).toBe(403);
    const after = (await staff.get(url)).json<TInitiative>();
    expect(after).toMatchObject({ version: initiative.version, focusAreas: [{ id: org.focusAreaId }], units: [{ id: org.unitId }], allUnits: false });
  });
});
