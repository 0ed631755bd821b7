import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { THome } from '@domain/home.contracts';
import type { TCalculationInput } from '@domain/cost-benefit.contracts';
import type { TInitiativeProcess } from '@domain/process.contracts';
import { todayInSweden } from '@domain/decisions.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, buildOrganization, type TestMember, type TestOrganization } from '@test/factories';
import { initiativeThroughDecision } from '@test/initiatives';
import { fewerVisits } from '@server/modules/benefits/benefits.test-support';

const year = Number(todayInSweden().slice(0, 4));
/** One cost this year and a benefit over two years, with last year's outcome recorded. */
const calculation: TCalculationInput = {
  startYear: year,
  years: 2,
  discountRate: '3',
  costs: [{ kind: 'per_unit', label: 'Sensorer', fromYear: year, toYear: year, quantity: '10', unitAmount: '40 000' }],
  benefits: [{ kind: 'hours_saved', label: 'Färre nattbesök', fromYear: year, toYear: year + 1, lowQuantity: '500', highQuantity: '900', lowUnitAmount: '450', highUnitAmount: '450' }],
  outcome: [{ year, cost: '380 000', benefit: '100 000' }],
};

describe('the start page shows each role what waits for it', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let staff: ApiClient;
  let rater: ApiClient;
  let owner: ApiClient;
  let director: ApiClient;
  let viewer: ApiClient;
  let admin: ApiClient;
  let outsider: ApiClient;
  let staffMember: TestMember;
  let ownerMember: TestMember;
  let initiativeId: string;
  let staffNeedId: string;

  const home = async (client: ApiClient) => {
    const response = await client.get('/api/v1/home');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<THome>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    const c = await buildMember(t.db, org.id, ['coordinator']);
    staffMember = await buildMember(t.db, org.id, ['staff']);
    const r = await buildMember(t.db, org.id, ['steering_member']);
    ownerMember = await buildMember(t.db, org.id, ['manager']);
    const d = await buildMember(t.db, org.id, ['director']);
    const v = await buildMember(t.db, org.id, ['viewer']);
    const a = await buildMember(t.db, org.id, ['admin']);
    const o = await buildMember(t.db, other.id, ['coordinator', 'staff']);
    coordinator = await logInAs(t.app, c.email, c.password);
    staff = await logInAs(t.app, staffMember.email, staffMember.password);
    rater = await logInAs(t.app, r.email, r.password);
    owner = await logInAs(t.app, ownerMember.email, ownerMember.password);
    director = await logInAs(t.app, d.email, d.password);
    viewer = await logInAs(t.app, v.email, v.password);
    admin = await logInAs(t.app, a.email, a.password);
    outsider = await logInAs(t.app, o.email, o.password);

    // The staff member's own need, waiting for scores in an open round.
    staffNeedId = (await buildNeed(t.db, org, staffMember.id, { title: 'Digitala nyckelskåp' })).id;
    await buildNeed(t.db, org, ownerMember.id, { title: 'Någon annans behov' });
    expect((await coordinator.post(`/api/v1/needs/${staffNeedId}/assessments`, {})).statusCode).toBe(201);
    // An initiative the manager owns, with a nyttokalkyl and a benefit she measures.
    initiativeId = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Nattkameror', plannedStartYear: year });
    const process = (await coordinator.get(`/api/v1/initiatives/${initiativeId}/process`)).json<TInitiativeProcess>();
    expect((await coordinator.post(`/api/v1/initiatives/${initiativeId}/roles`, { kind: 'project_owner', userId: ownerMember.id }, { ifMatch: process.version })).statusCode).toBe(201);
    expect((await coordinator.put(`/api/v1/initiatives/${initiativeId}/calculation`, calculation, { ifMatch: 0 })).statusCode).toBe(200);
    expect((await coordinator.post(`/api/v1/initiatives/${initiativeId}/benefits`, fewerVisits(ownerMember.id))).statusCode).toBe(201);
    expect((await coordinator.post('/api/v1/plans', { title: 'Digitaliseringsplan', startYear: year, endYear: year + 2 })).statusCode).toBe(201);
    // The other organisation has needs, rounds, initiatives and plans of its own.
    const outsiderNeed = await buildNeed(t.db, other, o.id, { title: 'Annan kommuns behov' });
    await outsider.post(`/api/v1/needs/${outsiderNeed.id}/assessments`, {});
    await outsider.post('/api/v1/plans', { title: 'Annan kommuns plan', startYear: year, endYear: year });
  });
  afterAll(async () => t.close());

  it('shows staff their own needs and what became of them, and nothing of the portfolio', async () => {
    const page = await home(staff);
    expect(page.myNeeds?.latest.map((need) => need.title)).toEqual(['Digitala nyckelskåp']);
    expect(page.myNeeds?.byStatus).toEqual([{ key: 'submitted', count: 1 }]);
    expect(page.toScore).toBeNull();
    expect(page.portfolio).toBeNull();
    expect(page.plan).toBeNull();
    expect(page.myWork).toEqual({ initiatives: [], due: [] });
  });

  it('shows a staff member the initiative OLG made of her need and its stage', async () => {
    const page = await home(coordinator);
    const decided = page.myNeeds?.latest.find((need) => need.title === 'Nattkameror');
    expect(decided).toMatchObject({ status: 'approved', initiative: { id: initiativeId, stage: 1, status: 'active' } });
  });

  it('shows raters the needs waiting for their scores until they have scored them', async () => {
    expect((await home(rater)).toScore?.items.map((item) => item.needId)).toEqual([staffNeedId]);
    const ones = { competence: 1, leadershipSupport: 1, complexity: 1, financing: 1, savings: 1, quality: 1, mandatoryRequirement: 1, goalFulfilment: 1 };
    expect((await rater.put(`/api/v1/needs/${staffNeedId}/assessment/my-scores`, { scores: ones, comment: '' })).statusCode).toBe(200);
    expect((await home(rater)).toScore?.items).toEqual([]);
    expect((await home(coordinator)).toScore?.items.map((item) => item.needId)).toEqual([staffNeedId]);
  });

  it('shows owners their running initiatives with what the next gate lacks, and their due measurements', async () => {
    const page = await home(owner);
    expect(page.myWork?.initiatives).toEqual([
      expect.objectContaining({ id: initiativeId, title: 'Nattkameror', stage: 1, form: 'project', overdue: false }),
    ]);
    expect(page.myWork?.initiatives[0]!.missingForNextStage).toBeGreaterThan(0);
    expect(page.myWork?.due).toEqual([expect.objectContaining({ initiativeId, description: 'Färre fysiska nattbesök', overdue: expect.any(Boolean) })]);
    expect(page.portfolio).toBeNull();
    expect((await home(coordinator)).myWork?.due).toEqual([]);
  });

  it('shows the coordinator the portfolio in figures: needs by status, initiatives by stage and form, benefit and money this year', async () => {
    const page = await home(coordinator);
    expect(page.portfolio?.needsByStatus).toEqual([
      { key: 'approved', count: 1 },
      { key: 'submitted', count: 2 },
    ]);
    expect(page.portfolio?.initiativesByStage).toEqual([{ key: 1, count: 1 }]);
    expect(page.portfolio?.initiativesByForm).toEqual([{ key: 'project', count: 1 }]);
    // 10 sensors à 40 000 kr this year; 500 hours à 450 kr per year planned (low), 100 000 kr realised.
    expect(page.portfolio?.thisYear).toEqual({ year, plannedCost: '40000000', plannedBenefit: '22500000' });
    expect(page.portfolio?.benefits).toMatchObject({ plannedCost: '40000000', realisedCost: '38000000', realisedBenefit: '10000000', benefitCount: 1 });
    expect(page.plan).toMatchObject({ title: 'Digitaliseringsplan', status: 'draft', versionNumber: 1, itemCount: 0 });
  });

  it('shows the förvaltningschef, OLG and viewers the plan and the portfolio but no needs of their own to submit', async () => {
    for (const client of [director, viewer, rater]) {
      const page = await home(client);
      expect(page.plan?.title).toBe('Digitaliseringsplan');
      expect(page.portfolio?.initiativesByStage).toEqual([{ key: 1, count: 1 }]);
    }
    expect((await home(viewer)).myNeeds).toBeNull();
    expect((await home(director)).myNeeds).toEqual({ byStatus: [], latest: [] });
  });

  it('keeps the administrator’s start page to her own needs, without the portfolio', async () => {
    const page = await home(admin);
    expect(page.portfolio).toBeNull();
    expect(page.plan).toBeNull();
    expect(page.toScore).toBeNull();
  });

  it('shows nothing of another organisation', async () => {
    const page = await home(outsider);
    expect(page.myNeeds?.latest.map((need) => need.title)).toEqual(['Annan kommuns behov']);
    expect(page.toScore?.items.map((item) => item.title)).toEqual(['Annan kommuns behov']);
    expect(page.portfolio?.needsByStatus).toEqual([{ key: 'submitted', count: 1 }]);
    expect(page.portfolio?.initiativesByStage).toEqual([]);
    expect(page.plan?.title).toBe('Annan kommuns plan');
    const coordinatorPage = await home(coordinator);
    expect(JSON.stringify(coordinatorPage)).not.toContain('Annan kommun');
  });

  it('asks for a login', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/home' })).statusCode).toBe(401);
  });
});
