import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCalculation, TCalculationInput } from '@domain/cost-benefit.contracts';
import type { TBenefitList } from '@domain/benefits.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, type TestOrganization } from '@test/factories';
import { auditEventsIn } from '@test/audit';
import { fewerVisits } from '@server/modules/benefits/benefits.test-support';
import { initiativeThroughDecision } from '@test/initiatives';

/** Västerås' e-hemtjänst (seed 003) as a user types it. */
const vasteras: TCalculationInput = {
  startYear: 2013,
  years: 3,
  discountRate: '3',
  costs: [
    { kind: 'investment', label: 'Införande och utbildning', fromYear: 2013, toYear: 2013, quantity: '1', unitAmount: '5 300 000' },
    { kind: 'running_yearly', label: 'Drift', fromYear: 2014, toYear: 2015, quantity: '1', unitAmount: '3\u00a0800\u00a0000,00' },
  ],
  benefits: [{ kind: 'avoided_cost', label: 'Minskade kostnader', fromYear: 2014, toYear: 2015, lowQuantity: '1', highQuantity: '1', lowUnitAmount: '6 500 000', highUnitAmount: '15 500 000' }],
  outcome: [{ year: 2014, cost: '4 000 000', benefit: '7 000 000' }],
};

describe('the nyttokalkyl of an initiative', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let staff: ApiClient;
  let admin: ApiClient;
  let outsider: ApiClient;
  let initiativeId: string;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    const login = async (o: string, roles: Parameters<typeof buildMember>[2]) => {
      const m = await buildMember(t.db, o, roles);
      return logInAs(t.app, m.email, m.password);
    };
    coordinator = await login(org.id, ['coordinator']);
    staff = await login(org.id, ['staff']);
    admin = await login(org.id, ['admin']);
    outsider = await login(other.id, ['coordinator']);
    initiativeId = await initiativeThroughDecision(t.db, org, coordinator, { title: 'E-hemtjänst', plannedStartYear: 2025 });
    url = `/api/v1/initiatives/${initiativeId}/calculation`;
  });
  afterAll(async () => t.close());

  it('starts empty at version 0 from the planned start year', async () => {
    const response = await staff.get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"0"');
    expect(response.json<TCalculation>()).toMatchObject({ exists: false, startYear: 2025, years: 5, discountRateBp: 300, costs: [] });
  });

  it('saves Västerås’ figures typed in Swedish format and answers the range of net and return per krona', async () => {
    expect((await coordinator.put(url, vasteras)).statusCode).toBe(428);
    const response = await coordinator.put(url, vasteras, { ifMatch: 0 });
    expect(response.statusCode).toBe(200);
    const calc = response.json<TCalculation>();
    expect(calc.version).toBe(1);
    expect(calc.costs[1]!.unitAmount).toBe('380000000');
    expect(calc.result.low).toMatchObject({ totalCost: '1290000000', totalNet: '10000000', returnPerKronaHundredths: '101', paybackYear: 2015 });
    expect(calc.result.high).toMatchObject({ totalNet: '1810000000', returnPerKronaHundredths: '240', paybackYear: 2014 });
    const audit = await auditEventsIn(t.db, org.id, initiativeId);
    expect(audit[0]).toMatchObject({ action: 'benefit_calculation.saved', before: null });
  });

  it('refuses "12 tim", a negative number of units and a line outside the period, and keeps the saved calculation', async () => {
    const bad: TCalculationInput = {
      ...vasteras,
      costs: [
        { ...vasteras.costs[0]!, unitAmount: '12 tim' },
        { ...vasteras.costs[1]!, quantity: '-2', toYear: 2020 },
      ],
    };
    const response = await coordinator.put(url, bad, { ifMatch: 1 });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.costs.0.unitAmount', 'body.costs.1.quantity', 'body.costs.1.toYear']));
    const stored = (await staff.get(url)).json<TCalculation>();
    expect(stored).toMatchObject({ version: 1, costs: [expect.objectContaining({ unitAmount: '530000000' }), expect.anything()] });
  });

  it('refuses a stale save (412), a non-editor (403) and another organisation (404)', async () => {
    expect((await coordinator.put(url, vasteras, { ifMatch: 0 })).statusCode).toBe(412);
    expect((await staff.put(url, vasteras, { ifMatch: 1 })).statusCode).toBe(403);
    expect((await outsider.get(url)).statusCode).toBe(404);
    expect((await outsider.put(url, vasteras, { ifMatch: 1 })).statusCode).toBe(404);
    const second = await coordinator.put(url, { ...vasteras, discountRate: '4,5' }, { ifMatch: 1 });
    expect(second.json<TCalculation>()).toMatchObject({ version: 2, discountRateBp: 450 });
  });

  it('lets an administrator set the default rates new calculations start from', async () => {
    const read = await coordinator.get('/api/v1/benefit-settings');
    expect(read.json()).toMatchObject({ hourlyRate: '45000', version: 0 });
    const body = { hourlyRate: '520,50', visitCost: '410', discountRate: '2,5' };
    expect((await coordinator.put('/api/v1/benefit-settings', body, { ifMatch: 0 })).statusCode).toBe(403);
    expect((await admin.put('/api/v1/benefit-settings', body)).statusCode).toBe(428);
    expect((await admin.put('/api/v1/benefit-settings', { ...body, hourlyRate: '500 kr' }, { ifMatch: 0 })).statusCode).toBe(400);
    const saved = await admin.put('/api/v1/benefit-settings', body, { ifMatch: 0 });
    expect(saved.json()).toMatchObject({ hourlyRate: '52050', visitCost: '41000', discountRateBp: 250, version: 1 });
    expect((await admin.put('/api/v1/benefit-settings', body, { ifMatch: 0 })).statusCode).toBe(412);
    const fresh = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Läkemedelsrobotar', plannedStartYear: 2025 });
    expect((await staff.get(`/api/v1/initiatives/${fresh}/calculation`)).json().discountRateBp).toBe(250);
    expect((await auditEventsIn(t.db, org.id, org.id))[0]!.action).toBe('benefit_settings.saved');
  });

  it('copies another initiative’s benefit plan and calculation as a starting point, into an empty plan only', async () => {
    await coordinator.post(`/api/v1/initiatives/${initiativeId}/benefits`, fewerVisits(staff.userId));
    const target = await initiativeThroughDecision(t.db, org, coordinator, { title: 'E-hemtjänst i Norrby', plannedStartYear: 2025 });
    const copyUrl = `/api/v1/initiatives/${target}/benefit-plan/copy`;
    expect((await staff.post(copyUrl, { fromInitiativeId: initiativeId })).statusCode).toBe(403);
    expect((await outsider.post(copyUrl, { fromInitiativeId: initiativeId })).statusCode).toBe(404);
    const response = await coordinator.post(copyUrl, { fromInitiativeId: initiativeId });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ benefitsCopied: 1, calculationCopied: true });
    const copied = (await staff.get(`/api/v1/initiatives/${target}/calculation`)).json<TCalculation>();
    expect(copied).toMatchObject({ version: 1, outcome: [], discountRateBp: 450 });
    expect((await staff.get(`/api/v1/initiatives/${target}/benefits`)).json<TBenefitList>().items[0]!.status).toBe('not_started');
    expect((await coordinator.post(copyUrl, { fromInitiativeId: initiativeId })).statusCode).toBe(409);
    expect((await auditEventsIn(t.db, org.id, target))[0]!.action).toBe('benefit_plan.copied');
  });
});
