import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TChecklistItem, TChecklistTemplateItem, TInitiativeProcess, TPortfolio, TTimelineEvent } from '@domain/process.contracts';
import { DEFAULT_CHECKLISTS } from '@domain/checklist-defaults';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, type TestMember, type TestOrganization } from '@test/factories';
import { auditEventsIn } from '@test/audit';
import { readExport } from '@test/xlsx';
import { initiativeThroughDecision } from '@test/initiatives';

describe('running an initiative through the digitalisation process', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let viewer: ApiClient;
  let staff: ApiClient;
  let owner: ApiClient;
  let admin: ApiClient;
  let outsider: ApiClient;
  let ownerMember: TestMember;
  let staffMember: TestMember;
  let outsiderMember: TestMember;

  const process = async (client: ApiClient, id: string) => {
    const response = await client.get(`/api/v1/initiatives/${id}/process`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<TInitiativeProcess>();
  };
  const timeline = async (id: string) => (await viewer.get(`/api/v1/initiatives/${id}/timeline`)).json<{ items: TTimelineEvent[] }>().items;
  const name = (client: ApiClient, id: string, version: number, kind: string, userId: string) =>
    client.post(`/api/v1/initiatives/${id}/roles`, { kind, userId }, { ifMatch: version });
  const move = (client: ApiClient, id: string, version: number | undefined, body: object) =>
    client.post(`/api/v1/initiatives/${id}/stage-transitions`, body, version === undefined ? {} : { ifMatch: version });

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    const c = await buildMember(t.db, org.id, ['coordinator'], 'Ulla Utvecklingsledare');
    const v = await buildMember(t.db, org.id, ['viewer']);
    staffMember = await buildMember(t.db, org.id, ['staff'], 'Per Projektledare');
    ownerMember = await buildMember(t.db, org.id, ['manager'], 'Åsa Avdelningschef');
    const a = await buildMember(t.db, org.id, ['admin']);
    outsiderMember = await buildMember(t.db, other.id, ['coordinator']);
    coordinator = await logInAs(t.app, c.email, c.password);
    viewer = await logInAs(t.app, v.email, v.password);
    staff = await logInAs(t.app, staffMember.email, staffMember.password);
    owner = await logInAs(t.app, ownerMember.email, ownerMember.password);
    admin = await logInAs(t.app, a.email, a.password);
    outsider = await logInAs(t.app, outsiderMember.email, outsiderMember.password);
  });
  afterAll(async () => t.close());

  describe('a new initiative', () => {
    it('starts at stage 1 with the projekt checklist, the decision on its timeline and a gate that asks for roles and the directive', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'project', title: 'Nyckelfria lås i hemtjänsten' });
      const state = await process(coordinator, id);
      expect(state).toMatchObject({ stage: 1, status: 'active', form: 'project', nextGate: { target: 'stage', stage: 2 } });
      expect(state.checklist.map((item) => item.text)).toEqual(Object.values(DEFAULT_CHECKLISTS.project).flat());
      expect(state.nextGate!.missing.map((item) => item.code)).toEqual([
        'role.project_owner',
        'role.project_manager',
        'role.steering_group',
        'document.project_directive',
        'checklist.open',
        'checklist.open',
        'checklist.open',
      ]);
      expect(state.permissions).toEqual({ canWork: true, canOverrideGate: true, canManage: true });
      expect((await timeline(id)).map((event) => event.kind)).toEqual(['initiative.decided']);
    });

    it('shows a viewer the process read-only and hides it from another organisation (404)', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'improvement', title: 'Nytt arbetssätt för nattillsyn' });
      expect((await process(viewer, id)).permissions).toEqual({ canWork: false, canOverrideGate: false, canManage: false });
      for (const path of ['process', 'timeline', 'role-candidates']) expect((await outsider.get(`/api/v1/initiatives/${id}/${path}`)).statusCode).toBe(404);
      expect((await viewer.get(`/api/v1/initiatives/inte-ett-id/process`)).statusCode).toBe(400);
    });
  });

  describe('people in roles', () => {
    it('lets the utvecklingsledare name a projektägare with If-Match, records it on the timeline and in the audit log', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'project', title: 'Digital signering av journal' });
      const before = await process(coordinator, id);
      expect((await name(coordinator, id, before.version, 'project_owner', ownerMember.id)).statusCode).toBe(201);
      const after = await process(viewer, id);
      expect(after.version).toBe(before.version + 1);
      expect(after.roles).toEqual([expect.objectContaining({ kind: 'project_owner', person: { id: ownerMember.id, name: 'Åsa Avdelningschef' } })]);
      expect(after.nextGate!.missing.map((item) => item.code)).not.toContain('role.project_owner');
      expect((await timeline(id)).at(-1)).toMatchObject({ kind: 'role.named', payload: { kind: 'project_owner', name: 'Åsa Avdelningschef' } });
      expect((await auditEventsIn(t.db, org.id, id))[0]).toMatchObject({ action: 'initiative.role_named' });
    });

    it('refuses naming without If-Match (428), with a stale one (412), by a viewer (403), from another organisation (404)', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'project', title: 'Läkemedelsrobot' });
      const { version } = await process(coordinator, id);
      expect((await coordinator.post(`/api/v1/initiatives/${id}/roles`, { kind: 'project_owner', userId: ownerMember.id })).statusCode).toBe(428);
      expect((await name(coordinator, id, version + 5, 'project_owner', ownerMember.id)).statusCode).toBe(412);
      expect((await name(viewer, id, version, 'project_owner', ownerMember.id)).statusCode).toBe(403);
      expect((await name(outsider, id, version, 'project_owner', ownerMember.id)).statusCode).toBe(404);
      expect((await viewer.get(`/api/v1/initiatives/${id}/role-candidates`)).statusCode).toBe(403);
      expect((await process(viewer, id)).roles).toEqual([]);
    });

    it('refuses a person from another organisation (400), an unknown role kind (400) and naming the same person twice (409)', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'assignment', title: 'Utred digitala möten' });
      const { version } = await process(coordinator, id);
      expect((await name(coordinator, id, version, 'responsible', outsiderMember.id)).statusCode).toBe(400);
      expect((await name(coordinator, id, version, 'kung', staffMember.id)).statusCode).toBe(400);
      expect((await name(coordinator, id, version, 'responsible', staffMember.id)).statusCode).toBe(201);
      expect((await name(coordinator, id, version + 1, 'responsible', staffMember.id)).statusCode).toBe(409);
      const candidates = (await coordinator.get(`/api/v1/initiatives/${id}/role-candidates`)).json<{ items: { id: string }[] }>().items.map((p) => p.id);
      expect(candidates).toContain(staffMember.id);
      expect(candidates).not.toContain(outsiderMember.id);
    });

    it('lets a named projektledare tick the checklist while other staff only read, and takes the right away when the role is removed', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'project', title: 'Sensorer för fallrisk' });
      const state = await process(coordinator, id);
      const item = state.checklist[0]!;
      expect((await staff.put(`/api/v1/initiatives/${id}/checklist/${item.id}`, { done: true })).statusCode).toBe(403);
      const named = (await name(coordinator, id, state.version, 'project_manager', staffMember.id)).json<TInitiativeProcess>();
      expect((await process(staff, id)).permissions).toEqual({ canWork: true, canOverrideGate: false, canManage: false });
      expect((await staff.put(`/api/v1/initiatives/${id}/checklist/${item.id}`, { done: true })).statusCode).toBe(200);
      const removed = await coordinator.delete(`/api/v1/initiatives/${id}/roles/${named.roles[0]!.id}`, { ifMatch: named.version });
      expect(removed.statusCode).toBe(200);
      expect((await staff.put(`/api/v1/initiatives/${id}/checklist/${item.id}`, { done: false })).statusCode).toBe(403);
      expect((await timeline(id)).map((event) => event.kind)).toEqual(['initiative.decided', 'role.named', 'checklist.ticked', 'role.removed']);
    });

    it('answers 404 for removing a role that is not on the initiative, or from another organisation, and 428 without If-Match', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'project', title: 'Digitalt larm' });
      const named = (await name(coordinator, id, (await process(coordinator, id)).version, 'project_owner', ownerMember.id)).json<TInitiativeProcess>();
      expect((await outsider.delete(`/api/v1/initiatives/${id}/roles/${named.roles[0]!.id}`, { ifMatch: named.version })).statusCode).toBe(404);
      expect((await viewer.delete(`/api/v1/initiatives/${id}/roles/${named.roles[0]!.id}`, { ifMatch: named.version })).statusCode).toBe(403);
      expect((await process(viewer, id)).roles).toHaveLength(1);
      const { version } = named;
      expect((await coordinator.delete(`/api/v1/initiatives/${id}/roles/0190a000-0000-7000-8000-000000000000`, { ifMatch: version })).statusCode).toBe(404);
      expect((await coordinator.delete(`/api/v1/initiatives/${id}/roles/0190a000-0000-7000-8000-000000000000`)).statusCode).toBe(428);
    });
  });

  describe('the checklist', () => {
    it('records who ticked an item and when, and unticking clears it', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'assignment', title: 'Digital tillsyn utredning' });
      const item = (await process(coordinator, id)).checklist[0]!;
      const ticked = (await coordinator.put(`/api/v1/initiatives/${id}/checklist/${item.id}`, { done: true })).json<TChecklistItem>();
      expect(ticked).toMatchObject({ done: true, doneBy: { id: coordinator.userId, name: 'Ulla Utvecklingsledare' } });
      expect(Date.parse(ticked.doneAt!)).toBeGreaterThan(Date.now() - 60_000);
      const unticked = (await coordinator.put(`/api/v1/initiatives/${id}/checklist/${item.id}`, { done: false })).json<TChecklistItem>();
      expect(unticked).toMatchObject({ done: false, doneBy: null, doneAt: null });
      expect((await auditEventsIn(t.db, org.id, id)).map((event) => event.action).slice(0, 2)).toEqual(['initiative.checklist_unticked', 'initiative.checklist_ticked']);
    });

    it('refuses a viewer (403), another organisation (404), an unknown item (404) and a body without done (400)', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'improvement', title: 'Ny rutin för inköp' });
      const item = (await process(coordinator, id)).checklist[0]!;
      expect((await viewer.put(`/api/v1/initiatives/${id}/checklist/${item.id}`, { done: true })).statusCode).toBe(403);
      expect((await outsider.put(`/api/v1/initiatives/${id}/checklist/${item.id}`, { done: true })).statusCode).toBe(404);
      expect((await coordinator.put(`/api/v1/initiatives/${id}/checklist/0190a000-0000-7000-8000-000000000000`, { done: true })).statusCode).toBe(404);
      expect((await coordinator.put(`/api/v1/initiatives/${id}/checklist/${item.id}`, { done: 'ja' })).statusCode).toBe(400);
      expect((await process(viewer, id)).checklist[0]!.done).toBe(false);
    });
  });

  describe('stages and gates', () => {
    it('refuses to pass a gate with items missing and no reason, listing what is missing, and saves nothing', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'project', title: 'Mobil dokumentation' });
      const { version } = await process(coordinator, id);
      const response = await move(coordinator, id, version, { action: 'advance' });
      expect(response.statusCode).toBe(409);
      expect(response.json().errors.map((error: { code: string }) => error.code)).toContain('role.project_owner');
      expect((await process(viewer, id)).stage).toBe(1);
    });

    it('lets the utvecklingsledare pass a gate with a written reason; the override is on the timeline and in the audit log', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'project', title: 'Digitala nycklar' });
      const { version } = await process(coordinator, id);
      const response = await move(coordinator, id, version, { action: 'advance', overrideReason: 'OLG beslutade att starta förstudien parallellt.' });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<TInitiativeProcess>()).toMatchObject({ stage: 2, version: version + 1 });
      expect(response.headers.etag).toBe(`"${version + 1}"`);
      const event = (await timeline(id)).at(-1)!;
      expect(event).toMatchObject({ kind: 'stage.advanced', payload: { from: 1, to: 2, override: { reason: 'OLG beslutade att starta förstudien parallellt.' } } });
      expect((event.payload.override as { missing: { code: string }[] }).missing.map((item) => item.code)).toContain('document.project_directive');
      expect((await auditEventsIn(t.db, org.id, id))[0]).toMatchObject({ action: 'initiative.advance', before: { stage: 1 } });
    });

    it('refuses an override by a named projektledare (only the owner or utvecklingsledare answers for it) and an empty reason (400)', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'project', title: 'Surfplattor i hemtjänsten' });
      const state = await process(coordinator, id);
      const named = (await name(coordinator, id, state.version, 'project_manager', staffMember.id)).json<TInitiativeProcess>();
      expect((await move(staff, id, named.version, { action: 'advance', overrideReason: 'Vi kör.' })).statusCode).toBe(403);
      expect((await move(coordinator, id, named.version, { action: 'advance', overrideReason: '   ' })).statusCode).toBe(400);
      const withOwner = (await name(coordinator, id, named.version, 'project_owner', ownerMember.id)).json<TInitiativeProcess>();
      expect((await move(owner, id, withOwner.version, { action: 'advance', overrideReason: 'Projektägaren tar ansvar.' })).statusCode).toBe(200);
    });

    it('lets a verksamhetsförbättring pass stage 1 without a reason once its checklist is ticked', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'improvement', title: 'Ändrad rutin för nyckelhantering' });
      const state = await process(coordinator, id);
      for (const item of state.checklist.filter((entry) => entry.stage === 1)) await coordinator.put(`/api/v1/initiatives/${id}/checklist/${item.id}`, { done: true });
      const response = await move(coordinator, id, state.version, { action: 'advance' });
      expect(response.statusCode, response.body).toBe(200);
      expect((await timeline(id)).at(-1)!.payload).toEqual({ from: 1, to: 2 });
    });

    it('goes back a stage only with a reason, recorded; not from stage 1', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'improvement', title: 'Digital veckoplanering' });
      let state = await process(coordinator, id);
      expect((await move(coordinator, id, state.version, { action: 'back', reason: 'Fel.' })).statusCode).toBe(409);
      state = (await move(coordinator, id, state.version, { action: 'advance', overrideReason: 'Enkel ändring.' })).json<TInitiativeProcess>();
      expect((await move(coordinator, id, state.version, { action: 'back' })).statusCode).toBe(400);
      const back = await move(coordinator, id, state.version, { action: 'back', reason: 'Nuläget behöver kartläggas igen.' });
      expect(back.json<TInitiativeProcess>().stage).toBe(1);
      expect((await timeline(id)).at(-1)).toMatchObject({ kind: 'stage.reverted', payload: { from: 2, to: 1, reason: 'Nuläget behöver kartläggas igen.' } });
    });

    it('answers 428 without If-Match, 412 when stale, 403 for a viewer and 404 for another organisation, and moves nothing', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'improvement', title: 'Digital sjukanmälan' });
      const { version } = await process(coordinator, id);
      const body = { action: 'advance', overrideReason: 'Test.' };
      expect((await move(coordinator, id, undefined, body)).statusCode).toBe(428);
      expect((await move(coordinator, id, version - 1, body)).statusCode).toBe(412);
      expect((await move(viewer, id, version, body)).statusCode).toBe(403);
      expect((await move(outsider, id, version, body)).statusCode).toBe(404);
      expect((await move(coordinator, id, version, { action: 'jump' })).statusCode).toBe(400);
      expect((await process(viewer, id)).stage).toBe(1);
    });

    it('stops an initiative with a required reason; a stopped initiative can no longer be worked', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'assignment', title: 'Utred e-arkiv' });
      const { version, checklist } = await process(coordinator, id);
      expect((await move(coordinator, id, version, { action: 'stop' })).statusCode).toBe(400);
      const stopped = (await move(coordinator, id, version, { action: 'stop', reason: 'Ersätts av regional lösning.' })).json<TInitiativeProcess>();
      expect(stopped).toMatchObject({ status: 'stopped', stopReason: 'Ersätts av regional lösning.', nextGate: null });
      expect((await move(coordinator, id, stopped.version, { action: 'advance', overrideReason: 'Igen.' })).statusCode).toBe(409);
      expect((await coordinator.put(`/api/v1/initiatives/${id}/checklist/${checklist[0]!.id}`, { done: true })).statusCode).toBe(409);
      expect((await viewer.get(`/api/v1/initiatives/${id}`)).json()).toMatchObject({ status: 'stopped', stopReason: 'Ersätts av regional lösning.' });
    });

    it('closes only from stage 6 and refuses to advance past it', async () => {
      const id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'improvement', title: 'Digital överrapportering' });
      let state = await process(coordinator, id);
      expect((await move(coordinator, id, state.version, { action: 'close', overrideReason: 'Klart.' })).statusCode).toBe(409);
      for (let stage = 1; stage < 6; stage++) state = (await move(coordinator, id, state.version, { action: 'advance', overrideReason: 'Snabbt genomfört.' })).json<TInitiativeProcess>();
      expect(state).toMatchObject({ stage: 6, nextGate: { target: 'closed', stage: null } });
      expect((await move(coordinator, id, state.version, { action: 'advance', overrideReason: 'Mer.' })).statusCode).toBe(409);
      expect((await move(coordinator, id, state.version, { action: 'close' })).statusCode).toBe(409);
      const closed = (await move(coordinator, id, state.version, { action: 'close', overrideReason: 'Uppföljningen görs i ordinarie verksamhet.' })).json<TInitiativeProcess>();
      expect(closed).toMatchObject({ status: 'closed', nextGate: null });
      expect((await timeline(id)).at(-1)).toMatchObject({ kind: 'initiative.closed' });
    });
  });

  describe('the portfolio', () => {
    it('lists every initiative with stage, form, owner, priority, focus area and the next gate’s missing items, and filters', async () => {
      const org2 = await buildOrganization(t.db);
      const c = await buildMember(t.db, org2.id, ['coordinator'], 'Kim Koordinator');
      const person = await buildMember(t.db, org2.id, ['manager'], 'Greta Ägare');
      const client = await logInAs(t.app, c.email, c.password);
      const project = await initiativeThroughDecision(t.db, org2, client, { form: 'project', title: 'Projekt A' });
      const improvement = await initiativeThroughDecision(t.db, org2, client, { form: 'improvement', title: 'Förbättring B' });
      const { version } = await process(client, project);
      await name(client, project, version, 'project_owner', person.id);
      const items = (await client.get('/api/v1/initiatives/portfolio')).json<TPortfolio>().items;
      expect(items.map((row) => [row.title, row.form, row.stage, row.owner])).toEqual([
        ['Förbättring B', 'improvement', 1, 'Anna Ägare'],
        ['Projekt A', 'project', 1, 'Greta Ägare'],
      ]);
      expect(items[1]).toMatchObject({ focusAreas: [{ id: org2.focusAreaId, name: 'Effektivitet' }], units: [{ id: org2.unitId, name: 'Hemtjänst' }], allUnits: false, status: 'active' });
      expect(items[1]!.missing.map((item) => item.code)).toContain('role.project_manager');
      const byForm = (await client.get('/api/v1/initiatives/portfolio?form=improvement')).json<TPortfolio>().items;
      expect(byForm.map((row) => row.id)).toEqual([improvement]);
      expect((await client.get('/api/v1/initiatives/portfolio?owner=greta')).json<TPortfolio>().items.map((row) => row.id)).toEqual([project]);
      expect((await client.get('/api/v1/initiatives/portfolio?stage=2')).json<TPortfolio>().items).toEqual([]);
      expect((await client.get(`/api/v1/initiatives/portfolio?focusAreaId=${org2.focusAreaId}`)).json<TPortfolio>().items).toHaveLength(2);
      expect((await client.get('/api/v1/initiatives/portfolio?stage=9')).statusCode).toBe(400);
    });

    it('exports the portfolio to Excel with the same rows, and audits the export', async () => {
      const org3 = await buildOrganization(t.db);
      const c = await buildMember(t.db, org3.id, ['coordinator']);
      const client = await logInAs(t.app, c.email, c.password);
      await initiativeThroughDecision(t.db, org3, client, { form: 'project', title: '=HYPERLINK("http://example.invalid")' });
      const { rows } = await readExport(await client.get('/api/v1/initiatives/portfolio/export?form=project'), 'Portfölj');
      expect(rows[0]).toContain('Saknas till nästa grind');
      expect(rows[1]!.slice(1, 6)).toEqual(['=HYPERLINK("http://example.invalid")', 'Projekt', 'Pågår', 1, 'Behov och nytta']);
      const [audit] = await auditEventsIn(t.db, org3.id);
      expect(audit).toMatchObject({ action: 'initiative.portfolio_exported', after: { filters: { form: 'project' }, rowCount: 1 } });
    });
  });

  it('lets a viewer read and export the portfolio, and never shows another organisation’s initiatives', async () => {
    expect((await viewer.get('/api/v1/initiatives/portfolio/export')).statusCode).toBe(200);
    const mine = (await viewer.get('/api/v1/initiatives/portfolio')).json<TPortfolio>().items.map((row) => row.title);
    expect(mine).toContain('Nyckelfria lås i hemtjänsten');
    expect((await outsider.get('/api/v1/initiatives/portfolio')).json<TPortfolio>().items.map((row) => row.title)).not.toContain('Nyckelfria lås i hemtjänsten');
  });

  describe('checklist templates', () => {
    it('lets the administrator read the defaults, add, edit, reorder and remove items; new initiatives get the result', async () => {
      const org4 = await buildOrganization(t.db);
      const a = await buildMember(t.db, org4.id, ['admin', 'coordinator']);
      const client = await logInAs(t.app, a.email, a.password);
      const defaults = (await client.get('/api/v1/checklist-templates?form=improvement')).json<{ items: TChecklistTemplateItem[] }>().items;
      expect(defaults.map((item) => item.text)).toEqual(Object.values(DEFAULT_CHECKLISTS.improvement).flat());
      const added = await client.post('/api/v1/checklist-templates', { form: 'improvement', stage: 1, text: 'Enhetschefen har godkänt förändringen' });
      expect(added.statusCode).toBe(201);
      const item = added.json<TChecklistTemplateItem>();
      const moved = await client.post(`/api/v1/checklist-templates/${item.id}/move`, { direction: 'up' }, { ifMatch: item.version });
      expect(moved.json<{ items: TChecklistTemplateItem[] }>().items.filter((entry) => entry.stage === 1).map((entry) => entry.text)).toEqual([
        'Enhetschefen har godkänt förändringen',
        DEFAULT_CHECKLISTS.improvement[1][0],
      ]);
      const fresh = moved.json<{ items: TChecklistTemplateItem[] }>().items.find((entry) => entry.id === item.id)!;
      const edited = await client.patch(`/api/v1/checklist-templates/${item.id}`, { text: 'Enhetschefen har godkänt' }, { ifMatch: fresh.version });
      expect(edited.statusCode).toBe(200);
      const stale = await client.patch(`/api/v1/checklist-templates/${item.id}`, { text: 'Igen' }, { ifMatch: fresh.version });
      expect(stale.statusCode).toBe(412);
      expect((await client.patch(`/api/v1/checklist-templates/${item.id}`, { text: 'Igen' })).statusCode).toBe(428);
      const removeFirst = defaults.find((entry) => entry.stage === 6)!;
      expect((await client.delete(`/api/v1/checklist-templates/${removeFirst.id}`, { ifMatch: removeFirst.version })).statusCode).toBe(204);
      const initiative = await initiativeThroughDecision(t.db, org4, client, { form: 'improvement', title: 'Ny rutin' });
      const checklist = (await process(client, initiative)).checklist;
      expect(checklist.filter((entry) => entry.stage === 1).map((entry) => entry.text)).toEqual(['Enhetschefen har godkänt', DEFAULT_CHECKLISTS.improvement[1][0]]);
      expect(checklist.filter((entry) => entry.stage === 6)).toEqual([]);
      expect((await auditEventsIn(t.db, org4.id)).map((event) => event.action)).toEqual(
        expect.arrayContaining(['checklist_template.added', 'checklist_template.moved', 'checklist_template.edited', 'checklist_template.removed']),
      );
    });

    it('refuses a coordinator (403), another organisation’s item (404, also to its samordnare), an empty text or unknown stage (400)', async () => {
      const item = (await admin.get('/api/v1/checklist-templates?form=project')).json<{ items: TChecklistTemplateItem[] }>().items[0]!;
      expect((await coordinator.get('/api/v1/checklist-templates?form=project')).statusCode).toBe(403);
      expect((await coordinator.post('/api/v1/checklist-templates', { form: 'project', stage: 1, text: 'X' })).statusCode).toBe(403);
      // A samordnare of another organisation lacks the permission too, but must not learn the item exists.
      expect((await outsider.patch(`/api/v1/checklist-templates/${item.id}`, { text: 'X' }, { ifMatch: item.version })).statusCode).toBe(404);
      const otherAdmin = await buildMember(t.db, (await buildOrganization(t.db)).id, ['admin']);
      const foreign = await logInAs(t.app, otherAdmin.email, otherAdmin.password);
      expect((await foreign.patch(`/api/v1/checklist-templates/${item.id}`, { text: 'X' }, { ifMatch: item.version })).statusCode).toBe(404);
      expect((await foreign.delete(`/api/v1/checklist-templates/${item.id}`, { ifMatch: item.version })).statusCode).toBe(404);
      expect((await foreign.post(`/api/v1/checklist-templates/${item.id}/move`, { direction: 'down' }, { ifMatch: item.version })).statusCode).toBe(404);
      expect((await admin.post(`/api/v1/checklist-templates/${item.id}/move`, { direction: 'sideways' }, { ifMatch: item.version })).statusCode).toBe(400);
      expect((await admin.post(`/api/v1/checklist-templates/${item.id}/move`, { direction: 'down' })).statusCode).toBe(428);
      expect((await admin.delete(`/api/v1/checklist-templates/${item.id}`, { ifMatch: item.version + 3 })).statusCode).toBe(412);
      expect((await coordinator.post(`/api/v1/checklist-templates/${item.id}/move`, { direction: 'down' }, { ifMatch: item.version })).statusCode).toBe(403);

      expect((await admin.post('/api/v1/checklist-templates', { form: 'project', stage: 1, text: '' })).statusCode).toBe(400);
      expect((await admin.post('/api/v1/checklist-templates', { form: 'project', stage: 7, text: 'X' })).statusCode).toBe(400);
      expect((await admin.get('/api/v1/checklist-templates?form=project')).json<{ items: TChecklistTemplateItem[] }>().items[0]).toEqual(item);
    });
  });
});
