import { eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TNeed, TNeedPage } from '@domain/needs.contracts';
import { inPlatform } from '@server/platform/tenancy/context';
import { focusAreas, units } from '@server/modules/organizations/organizations.tables';
import { needs } from '@server/modules/needs/needs.tables';
import { buildMember, buildOrganization, type TestOrganization } from '@test/factories';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { readExport } from '@test/xlsx';
import { auditOf, needForm, setNeedColumns, submitThroughApi } from '@server/modules/needs/needs.test-support';

describe('a need in several focus areas and units, or in all units', () => {
  let t: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  let coordinator: ApiClient;
  let staff: ApiClient;
  let safety: string;
  let archived: string;
  let nursingHome: string;

  const titles = async (client: ApiClient, query: string) => (await client.get(`/api/v1/needs?${query}`)).json<TNeedPage>().items.map((item) => item.title).sort();
  const needCount = async (organizationId: string) =>
    inPlatform(t.db, async (tx) => (await tx.select({ n: sql<number>`count(*)::int` }).from(needs).where(eq(needs.organizationId, organizationId)))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    other = await buildOrganization(t.db);
    safety = uuidv7();
    archived = uuidv7();
    nursingHome = uuidv7();
    await inPlatform(t.db, async (tx) => {
      await tx.insert(focusAreas).values([
        { organizationId: org.id, id: safety, name: 'Trygghet och delaktighet' },
        { organizationId: org.id, id: archived, name: 'Gammalt fokusområde', isArchived: true },
      ]);
      await tx.insert(units).values({ organizationId: org.id, id: nursingHome, name: 'Särskilt boende' });
    });
    const c = await buildMember(t.db, org.id, ['coordinator'], 'Ulla Utvecklingsledare');
    const s = await buildMember(t.db, org.id, ['staff'], 'Siv Medarbetare');
    coordinator = await logInAs(t.app, c.email, c.password);
    staff = await logInAs(t.app, s.email, s.password);
  });
  afterAll(async () => t.close());

  it('lets a medarbetare submit a need for two focus areas and the whole förvaltning, shown by name', async () => {
    const response = await staff.post('/api/v1/needs', needForm({ title: 'Gemensam inloggning', focusAreaIds: [safety, org.focusAreaId], allUnits: true }));
    expect(response.statusCode).toBe(201);
    const need = response.json<TNeed>();
    expect(need.focusAreas).toEqual([
      { id: org.focusAreaId, name: 'Effektivitet' },
      { id: safety, name: 'Trygghet och delaktighet' },
    ]);
    expect(need).toMatchObject({ units: [], allUnits: true });
    expect((await staff.get(`/api/v1/needs/${need.id}`)).json<TNeed>()).toMatchObject({ focusAreas: need.focusAreas, units: [], allUnits: true });
    const [submitted] = await auditOf(t.db, need.id);
    expect(submitted!.after).toMatchObject({ focusAreaIds: [org.focusAreaId, safety].sort(), unitIds: [], allUnits: true });
  });

  it('finds a need by any of its focus areas and units, and a need for all units under every unit', async () => {
    await submitThroughApi(staff, { title: 'Larm på boenden', focusAreaIds: [safety], unitIds: [nursingHome, org.unitId] });
    await submitThroughApi(staff, { title: 'Ny skrivare', unitIds: [nursingHome] });
    await submitThroughApi(staff, { title: 'Alla i hela förvaltningen', allUnits: true });
    expect(await titles(coordinator, `focusAreaId=${safety}`)).toEqual(['Gemensam inloggning', 'Larm på boenden']);
    expect(await titles(coordinator, `focusAreaId=${org.focusAreaId}`)).toEqual(['Gemensam inloggning']);
    expect(await titles(coordinator, `unitId=${org.unitId}`)).toEqual(['Alla i hela förvaltningen', 'Gemensam inloggning', 'Larm på boenden']);
    expect(await titles(coordinator, `unitId=${nursingHome}`)).toEqual(['Alla i hela förvaltningen', 'Gemensam inloggning', 'Larm på boenden', 'Ny skrivare']);
    expect(await titles(coordinator, `unitId=${nursingHome}&focusAreaId=${safety}`)).toEqual(['Gemensam inloggning', 'Larm på boenden']);
    const row = (await coordinator.get(`/api/v1/needs?q=${encodeURIComponent('Larm på boenden')}`)).json<TNeedPage>().items[0]!;
    expect(row.units.map((unit) => unit.name)).toEqual(['Hemtjänst', 'Särskilt boende']);
  });

  it('writes every focus area and unit of a need into the Excel export, joined with "; "', async () => {
    const { rows } = await readExport(await coordinator.get(`/api/v1/needs/export?focusAreaId=${safety}&sort=title_asc`), 'Behov');
    const header = rows[0]!;
    const unitsColumn = header.indexOf('Avdelningar/enheter');
    const areasColumn = header.indexOf('Fokusområden');
    expect(rows.slice(1).map((row) => [row[1], row[unitsColumn], row[areasColumn]])).toEqual([
      ['Gemensam inloggning', 'Alla enheter', 'Effektivitet; Trygghet och delaktighet'],
      ['Larm på boenden', 'Hemtjänst; Särskilt boende', 'Trygghet och delaktighet'],
    ]);
  });

  it('shows the focus areas and units of an assessed need on its matrix point, and filters the matrix by any of them', async () => {
    const need = await submitThroughApi(staff, { title: 'Sensorer', focusAreaIds: [safety, org.focusAreaId], unitIds: [nursingHome] });
    await setNeedColumns(t.db, need.id, { status: 'assessed', feasibility: 1.5, potential: 1.25, overall: 1.375, quadrant: 'doNow' });
    const bySafety = (await coordinator.get(`/api/v1/matrix?focusAreaId=${safety}`)).json<{ points: { title: string; focusAreas: { name: string }[]; units: { name: string }[]; allUnits: boolean }[] }>();
    expect(bySafety.points.map((point) => [point.title, point.focusAreas.map((a) => a.name), point.units.map((u) => u.name), point.allUnits])).toEqual([
      ['Sensorer', ['Effektivitet', 'Trygghet och delaktighet'], ['Särskilt boende'], false],
    ]);
    expect((await coordinator.get(`/api/v1/matrix?unitId=${org.unitId}`)).json<{ points: unknown[] }>().points).toHaveLength(0);
  });

  it('refuses another organisation’s or an unknown focus area or unit with 422 and saves nothing', async () => {
    const before = await needCount(org.id);
    for (const scope of [{ focusAreaIds: [org.focusAreaId, other.focusAreaId] }, { unitIds: [other.unitId] }, { focusAreaIds: [uuidv7()] }, { focusAreaIds: [archived] }]) {
      const response = await staff.post('/api/v1/needs', needForm(scope));
      expect(response.statusCode, JSON.stringify(scope)).toBe(422);
      expect(response.json().errors[0].code).toBe('not_found');
    }
    expect(await needCount(org.id)).toBe(before);
  });

  it('refuses "Alla" together with named units, and the same id twice, and saves nothing', async () => {
    const before = await needCount(org.id);
    const both = await staff.post('/api/v1/needs', needForm({ allUnits: true, unitIds: [org.unitId] }));
    expect(both.statusCode).toBe(422);
    expect(both.json().errors).toEqual([{ path: 'body.unitIds', code: 'all_units_with_units' }]);
    const twice = await staff.post('/api/v1/needs', needForm({ focusAreaIds: [safety, safety] }));
    expect(twice.statusCode).toBe(400);
    expect(await needCount(org.id)).toBe(before);
  });

  it('lets the coordinator change the lists, writes them to the audit log, and keeps the rest when a list is left out', async () => {
    const need = await submitThroughApi(staff, { title: 'Byt lista', focusAreaIds: [org.focusAreaId], unitIds: [org.unitId] });
    const changed = await coordinator.patch(`/api/v1/needs/${need.id}`, { focusAreaIds: [safety], unitIds: [nursingHome, org.unitId] }, { ifMatch: need.version });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<TNeed>()).toMatchObject({ focusAreas: [{ id: safety }], units: [{ name: 'Hemtjänst' }, { name: 'Särskilt boende' }], allUnits: false, version: need.version + 1 });
    const all = await coordinator.patch(`/api/v1/needs/${need.id}`, { allUnits: true }, { ifMatch: need.version + 1 });
    expect(all.statusCode).toBe(200);
    expect(all.json<TNeed>()).toMatchObject({ focusAreas: [{ id: safety }], units: [], allUnits: true });
    const updates = (await auditOf(t.db, need.id)).filter((event) => event.action === 'need.updated');
    expect(updates.map((event) => [event.before, event.after])).toEqual([
      [
        expect.objectContaining({ focusAreaIds: [org.focusAreaId], unitIds: [org.unitId] }),
        expect.objectContaining({ focusAreaIds: [safety], unitIds: [nursingHome, org.unitId].sort() }),
      ],
      [expect.objectContaining({ allUnits: false, unitIds: [nursingHome, org.unitId].sort() }), expect.objectContaining({ allUnits: true, unitIds: [] })],
    ]);
    const unchanged = await coordinator.patch(`/api/v1/needs/${need.id}`, { focusAreaIds: [safety] }, { ifMatch: need.version + 2 });
    expect(unchanged.json<TNeed>().version).toBe(need.version + 2);
  });

  it('keeps a focus area archived after it was chosen when other fields change', async () => {
    const need = await submitThroughApi(staff, { title: 'Arkiverat område', focusAreaIds: [safety] });
    await inPlatform(t.db, (tx) => tx.update(focusAreas).set({ isArchived: true }).where(eq(focusAreas.id, safety)));
    try {
      const response = await staff.patch(`/api/v1/needs/${need.id}`, { focusAreaIds: [safety, org.focusAreaId], title: 'Arkiverat område kvar' }, { ifMatch: need.version });
      expect(response.statusCode).toBe(200);
      expect(response.json<TNeed>().focusAreas.map((area) => area.id).sort()).toEqual([org.focusAreaId, safety].sort());
    } finally {
      await inPlatform(t.db, (tx) => tx.update(focusAreas).set({ isArchived: false }).where(eq(focusAreas.id, safety)));
    }
  });
});
