import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import type { TPlan, TPlanCandidate, TPlanComparison, TPlanItem } from '@domain/plans.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, FAKE_PERSONNUMMER } from '@test/factories';
import { initiativeThroughDecision } from '@test/initiatives';
import { readDocx } from '@test/docx-reader';
import { auditEventsOf, buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

// High feasibility, low potential: "Digitalisera när tillfälle ges!", Prioritet 2–3.
const opportune: TScores = { competence: 1, leadershipSupport: 1, complexity: 1, financing: 1, savings: 4, quality: 4, mandatoryRequirement: 4, goalFulfilment: 4 };
const kr = (n: number) => String(n * 100);

describe('the digitalisation plan', () => {
  let t: TestApp;
  let s: AdminScene;
  let director: ApiClient;
  let coordinator: ApiClient;
  let assessedNeedId: string;
  let initiativeId: string;

  const item = (over: Record<string, unknown> = {}) => ({
    title: 'Integration mot Viva och Senior Alert',
    what: 'Koppla verksamhetssystemet till kvalitetsregistret.',
    why: 'Dubbel dokumentation tar tid.',
    how: 'Upphandla integrationen via leverantören.',
    expectedBenefit: 'Mindre administration',
    timing: { kind: 'year', year: 2023 },
    horizon: 'short',
    cost: { low: kr(40_000), high: kr(60_000), recurrence: 'one_off', note: '' },
    ...over,
  });
  const newPlan = async () => (await coordinator.post('/api/v1/plans', { title: 'Digitaliseringsplan 2022–2024', startYear: 2022, endYear: 2024, sections: { introduction: 'Planen beskriver förvaltningens digitalisering.' } })).json<TPlan>();

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    coordinator = s.clients.coordinator;
    const boss = await buildMember(t.db, s.org.id, ['director'], 'Frida Förvaltningschef');
    director = await logInAs(t.app, boss.email, boss.password);
    const need = await buildNeed(t.db, s.org, s.members.coordinator.id, { title: 'Talenheter Phoniro 6000' });
    const round = (await coordinator.post(`/api/v1/needs/${need.id}/assessments`, {})).json<TAssessment>();
    expect((await coordinator.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: opportune }, { ifMatch: round.version })).statusCode).toBe(200);
    assessedNeedId = need.id;
    initiativeId = await initiativeThroughDecision(t.db, s.org, coordinator, { title: 'Läkemedelsrobotar Evondos', plannedStartYear: 2023 });
  });
  afterAll(async () => t.close());

  it('lets a coordinator put a need in a plan without a cost of its own, and the item takes the need’s estimated cost', async () => {
    const plan = await newPlan();
    const need = await buildNeed(t.db, s.org, s.members.coordinator.id, { title: 'Digitala nyckelskåp' });
    const etag = (await coordinator.get(`/api/v1/needs/${need.id}`)).json().version;
    const estimate = { low: kr(4000), high: null, recurrence: 'per_unit', note: 'plus månadskostnad' };
    expect((await coordinator.patch(`/api/v1/needs/${need.id}`, { costEstimate: estimate }, { ifMatch: etag })).statusCode).toBe(200);
    const added = await coordinator.post(`/api/v1/plans/${plan.id}/items`, item({ needId: need.id, title: 'Digitala nyckelskåp', cost: undefined }));
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<TPlanItem>()).toMatchObject({ cost: estimate, costText: 'Ca 4\u00a0000\u00a0kr/enhet, plus månadskostnad' });
    const own = await coordinator.post(`/api/v1/plans/${plan.id}/items`, item({ title: 'Nyckelskåp, egen kostnad', needId: null, cost: { low: kr(1000), high: null, recurrence: 'one_off', note: '' } }));
    expect(own.json<TPlanItem>().costText).toBe('Ca 1\u00a0000\u00a0kr');
  });

  it('lets a coordinator put an assessed need and an initiative in a plan, with the matrix suggestion kept beside the choice', async () => {
    const plan = await newPlan();
    expect(plan).toMatchObject({ status: 'draft', versionNumber: 1, permissions: { canEdit: true, canFix: false } });
    const candidates = (await coordinator.get(`/api/v1/plans/${plan.id}/candidates`)).json<{ items: TPlanCandidate[] }>().items;
    expect(candidates.map((c) => [c.kind, c.title, c.prioritySuggestion])).toEqual(
      expect.arrayContaining([
        ['initiative', 'Läkemedelsrobotar Evondos', '1'],
        ['need', 'Talenheter Phoniro 6000', '2-3'],
      ]),
    );
    const fromNeed = await coordinator.post(`/api/v1/plans/${plan.id}/items`, item({ needId: assessedNeedId, title: 'Talenheter Phoniro 6000', cost: { low: kr(6000), high: null, recurrence: 'per_unit', note: '' } }));
    expect(fromNeed.statusCode, fromNeed.body).toBe(201);
    expect(fromNeed.json<TPlanItem>()).toMatchObject({ priority: null, prioritySuggestion: '2-3', costText: 'Ca 6\u00a0000\u00a0kr/enhet', moneyByYear: [{ year: 2023, source: 'unknown' }] });
    const chosen = await coordinator.put(`/api/v1/plans/${plan.id}/items/${fromNeed.json<TPlanItem>().id}`, item({ title: 'Talenheter Phoniro 6000', priority: '3' }), { ifMatch: 1 });
    expect(chosen.json<TPlanItem>()).toMatchObject({ priority: '3', prioritySuggestion: '2-3', departsFromSuggestion: false });

    const fromInitiative = await coordinator.post(`/api/v1/plans/${plan.id}/items`, item({ initiativeId, title: 'Läkemedelsrobotar Evondos', timing: { kind: 'years', fromYear: 2023, toYear: 2024 }, cost: { low: kr(150_000), high: null, recurrence: 'per_year', note: '' } }));
    expect(fromInitiative.json<TPlanItem>()).toMatchObject({ priority: '1', prioritySuggestion: '1', initiativeStage: 1, timingText: '2023–2024' });
    expect((await coordinator.post(`/api/v1/plans/${plan.id}/items`, item({ initiativeId }))).statusCode).toBe(409);

    const full = (await s.clients.viewer.get(`/api/v1/plans/${plan.id}`)).json<TPlan>();
    expect(full.resources.years).toMatchObject([
      { year: 2022, low: '0', high: '0', itemsWithoutAmount: 0 },
      { year: 2023, low: kr(150_000 + 40_000), high: kr(150_000 + 60_000), itemsWithoutAmount: 0 },
      { year: 2024, low: kr(150_000), high: kr(150_000), itemsWithoutAmount: 0 },
    ]);
    expect((await coordinator.get(`/api/v1/plans/${plan.id}/candidates`)).json<{ items: TPlanCandidate[] }>().items).toEqual([]);
  });

  it('refuses an inverted cost range, a year outside the period, a need of another organisation and a personnummer, saving nothing', async () => {
    const plan = await newPlan();
    const url = `/api/v1/plans/${plan.id}/items`;
    const inverted = await coordinator.post(url, item({ cost: { low: kr(60_000), high: kr(40_000), recurrence: 'one_off', note: '' } }));
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().errors).toEqual([{ path: 'body.cost.high', code: 'range_inverted' }]);
    const outside = await coordinator.post(url, item({ timing: { kind: 'year', year: 2026 } }));
    expect(outside.json().errors).toEqual([{ path: 'body.timing.year', code: 'outside_period' }]);
    const foreignNeed = await buildNeed(t.db, s.other, s.members.staff.id);
    const foreign = await coordinator.post(url, item({ needId: foreignNeed.id }));
    expect([foreign.statusCode, foreign.json().errors]).toEqual([400, [{ path: 'body.needId', code: 'not_found' }]]);
    const pnr = await coordinator.post(url, item({ why: `Gäller ${FAKE_PERSONNUMMER}` }));
    expect([pnr.statusCode, pnr.json().code]).toEqual([400, 'personal_data_suspected']);
    expect((await coordinator.get(`/api/v1/plans/${plan.id}`)).json<TPlan>().items).toEqual([]);
    const backwards = await coordinator.post('/api/v1/plans', { title: 'Bakvänd', startYear: 2024, endYear: 2022 });
    expect(backwards.statusCode).toBe(400);
  });

  it('asks why an item moves to another year and writes the move on the initiative’s timeline', async () => {
    const plan = await newPlan();
    const moved = (await coordinator.post(`/api/v1/plans/${plan.id}/items`, item({ initiativeId, title: 'Läkemedelsrobotar Evondos' }))).json<TPlanItem>();
    const url = `/api/v1/plans/${plan.id}/items/${moved.id}/move`;
    expect((await coordinator.post(url, { timing: { kind: 'year', year: 2024 }, horizon: 'medium', reason: '' }, { ifMatch: moved.version })).statusCode).toBe(400);
    const response = await coordinator.post(url, { timing: { kind: 'year', year: 2024 }, horizon: 'medium', reason: 'Budgeten räcker inte 2023.' }, { ifMatch: moved.version });
    expect(response.json<TPlanItem>()).toMatchObject({ timingText: '2024', horizon: 'medium' });
    expect((await coordinator.post(url, { timing: { kind: 'year', year: 2022 }, horizon: 'short', reason: 'Igen' }, { ifMatch: moved.version })).statusCode).toBe(412);
    const timeline = (await coordinator.get(`/api/v1/initiatives/${initiativeId}/timeline`)).json<{ items: { kind: string; payload: { summary?: string } }[] }>();
    const event = timeline.items.find((e) => e.kind === 'plan.item_moved');
    expect(event?.payload.summary).toContain('från 2023 (kort sikt) till 2024 (medellång sikt): Budgeten räcker inte 2023.');
    expect((await auditEventsOf(t.db, moved.id)).map((e) => e.action)).toEqual(['plan_item.added', 'plan_item.moved']);
  });

  it('lets only the förvaltningschef fix a plan, freezes it, and compares the next version with it', async () => {
    const plan = await newPlan();
    const a = (await coordinator.post(`/api/v1/plans/${plan.id}/items`, item({ title: 'Alfa E statistikmodul', cost: { low: kr(15_000), high: null, recurrence: 'one_off', note: '' } }))).json<TPlanItem>();
    await coordinator.post(`/api/v1/plans/${plan.id}/items`, item({ title: 'Divos utbildning', timing: { kind: 'year', year: 2024 } }));
    const etag = (await coordinator.get(`/api/v1/plans/${plan.id}`)).headers.etag as string;
    const fixBody = { fixedOn: '2022-02-15', decisionReference: 'SN 2022/14 § 7' };
    expect((await coordinator.post(`/api/v1/plans/${plan.id}/fix`, fixBody, { ifMatch: etag })).statusCode).toBe(403);
    expect((await director.post(`/api/v1/plans/${plan.id}/fix`, fixBody, { ifMatch: '"1"' })).statusCode).toBe(412);
    const fixed = await director.post(`/api/v1/plans/${plan.id}/fix`, fixBody, { ifMatch: etag });
    expect(fixed.json<TPlan>()).toMatchObject({ status: 'fixed', fixedOn: '2022-02-15', decisionReference: 'SN 2022/14 § 7', fixedByName: 'Frida Förvaltningschef', permissions: { canEdit: false, canStartNewVersion: false } });

    const refused = await coordinator.put(`/api/v1/plans/${plan.id}/items/${a.id}`, item({ title: 'Ändrad' }), { ifMatch: a.version });
    expect([refused.statusCode, refused.json().errors]).toEqual([409, [{ path: 'status', code: 'plan_fixed' }]]);
    expect((await coordinator.post(`/api/v1/plans/${plan.id}/items`, item())).statusCode).toBe(409);

    const draft = await coordinator.post(`/api/v1/plans/${plan.id}/versions`, {});
    expect(draft.json<TPlan>()).toMatchObject({ status: 'draft', versionNumber: 2, seriesId: plan.seriesId });
    expect((await coordinator.post(`/api/v1/plans/${plan.id}/versions`, {})).statusCode).toBe(409);
    const v2 = draft.json<TPlan>();
    const copyOfA = v2.items.find((i) => i.title === 'Alfa E statistikmodul')!;
    await coordinator.put(`/api/v1/plans/${v2.id}/items/${copyOfA.id}`, item({ title: 'Alfa E statistikmodul', timing: { kind: 'year', year: 2024 }, cost: { low: kr(20_000), high: null, recurrence: 'one_off', note: '' } }), { ifMatch: copyOfA.version });
    const divos = v2.items.find((i) => i.title === 'Divos utbildning')!;
    await coordinator.delete(`/api/v1/plans/${v2.id}/items/${divos.id}`, { ifMatch: divos.version });
    await coordinator.post(`/api/v1/plans/${v2.id}/items`, item({ title: 'Taligenkänning IFO' }));
    const diff = (await s.clients.viewer.get(`/api/v1/plans/${v2.id}/comparison?with=${plan.id}`)).json<TPlanComparison>();
    expect(diff.added.map((i) => i.title)).toEqual(['Taligenkänning IFO']);
    expect(diff.removed.map((i) => i.title)).toEqual(['Divos utbildning']);
    expect(diff.changed.map((c) => [c.title, c.kinds])).toEqual([['Alfa E statistikmodul', ['moved', 'recosted']]]);
    const frozen = (await s.clients.viewer.get(`/api/v1/plans/${plan.id}`)).json<TPlan>();
    expect(frozen.items.map((i) => [i.title, i.timingText])).toEqual([
      ['Alfa E statistikmodul', '2023'],
      ['Divos utbildning', '2024'],
    ]);
    expect((await auditEventsOf(t.db, plan.id)).map((e) => e.action)).toEqual(['plan.created', 'plan.fixed']);
  });

  it('answers 404 to another organisation for the plan, its items, its document and its candidates', async () => {
    const plan = await newPlan();
    const added = (await coordinator.post(`/api/v1/plans/${plan.id}/items`, item())).json<TPlanItem>();
    for (const url of [`/api/v1/plans/${plan.id}`, `/api/v1/plans/${plan.id}/candidates`, `/api/v1/plans/${plan.id}/document`, `/api/v1/plans/${plan.id}/docx`]) {
      expect((await s.clients.otherAdmin.get(url)).statusCode, url).toBe(404);
    }
    expect((await s.clients.otherAdmin.put(`/api/v1/plans/${plan.id}/items/${added.id}`, item(), { ifMatch: 1 })).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.get('/api/v1/plans')).json().items).toEqual([]);
    expect((await s.clients.staff.post(`/api/v1/plans/${plan.id}/items`, item())).statusCode).toBe(403);
  });

  it('gives the plan as a Word document with the table of changes and a heading for every year', async () => {
    await coordinator.put('/api/v1/strategy', { vision: 'Trygg och självständig vardag med digitalt stöd.', swot: { strengths: ['Erfaren personal'], weaknesses: [], opportunities: ['Nationella e-tjänster'], threats: [] } }, { ifMatch: 0 });
    const plan = await newPlan();
    await coordinator.post(`/api/v1/plans/${plan.id}/items`, item());
    await coordinator.post(`/api/v1/plans/${plan.id}/items`, item({ title: 'Sensorer', timing: { kind: 'eventually' }, horizon: 'long', cost: { low: null, high: null, recurrence: 'one_off', note: '' } }));
    const response = await s.clients.viewer.get(`/api/v1/plans/${plan.id}/docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    const docx = await readDocx(response.rawPayload);
    const headings = docx.headings.map((h) => h.text);
    expect(headings).toEqual(expect.arrayContaining(['Digitaliseringsplan 2022–2024', 'Inledning', 'Vision och fokusområden', 'Möjliga förändringar', 'Handlings- och tidsplan', '2022', '2023', '2024', 'På sikt', 'Resurser per år']));
    const changes = docx.tables.find((table) => table[0]?.[0] === 'Möjlighet/förändring')!;
    expect(changes[0]).toEqual(['Möjlighet/förändring', 'Införandeår', 'Önskad nyttoeffekt', 'Prioritet', 'Kostnad, uppskattad']);
    expect(changes.slice(1).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['Integration mot Viva och Senior Alert', '2023', '40\u00a0000–60\u00a0000\u00a0kr'],
      ['Sensorer', 'På sikt', '–'],
    ]);
    expect(docx.text).toContain('Trygg och självständig vardag med digitalt stöd.');
    expect((await auditEventsOf(t.db, plan.id)).map((e) => e.action)).toContain('plan.exported');
    const xlsx = await s.clients.viewer.get(`/api/v1/plans/${plan.id}/roadmap/export?format=csv`);
    expect(xlsx.rawPayload.toString('utf8')).toContain('Integration mot Viva och Senior Alert;2023;Kort sikt');
  });

  it('keeps the strategy frame safe from concurrent saves', async () => {
    const first = (await s.clients.otherAdmin.get('/api/v1/strategy')).json();
    expect(first.version).toBe(0);
    const current = (await coordinator.get('/api/v1/strategy')).json();
    const saved = await coordinator.put('/api/v1/strategy', { ...current, successFactors: ['Ledningens stöd'] }, { ifMatch: current.version });
    expect(saved.json()).toMatchObject({ successFactors: ['Ledningens stöd'], version: current.version + 1 });
    expect((await coordinator.put('/api/v1/strategy', { ...current, successFactors: [] }, { ifMatch: current.version })).statusCode).toBe(412);
    expect((await s.clients.staff.put('/api/v1/strategy', current, { ifMatch: current.version + 1 })).statusCode).toBe(403);
  });
});
