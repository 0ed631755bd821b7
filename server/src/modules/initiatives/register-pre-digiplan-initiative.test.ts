import type { Role } from '@domain/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDecision, TDecisionPage, TInitiative, TInitiativePage } from '@domain/decisions.contracts';
import type { TPortfolio } from '@domain/process.contracts';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { buildOrganization, FAKE_PERSONNUMMER, logInNewMember, type TestOrganization } from '@test/factories';
import { initiativeThroughDecision } from '@test/initiatives';
import { createTestApp, type ApiClient, type TestApp } from '@test/test-app';
import { auditOf } from '@server/modules/needs/needs.test-support';

/** Seed 003's kind of running project, decided years before the municipality used Digiplan. */
const existing = (over: Record<string, unknown> = {}) => ({
  title: 'Trygghetskameror i hemtjänsten',
  problem: 'Nattliga tillsynsbesök väcker brukare.',
  expectedBenefit: 'Ostörd sömn och mindre restid.',
  form: 'project',
  ownerName: 'Ann Avdelningschef',
  plannedStartYear: 2024,
  decisionDate: '2023-11-15',
  reference: 'SN 2023/123 § 45',
  ...over,
});

describe('registering an initiative decided before Digiplan', () => {
  let t: TestApp;
  let coordinator: ApiClient;
  let staff: ApiClient;
  let outsider: ApiClient;
  let org: TestOrganization;

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    const as = (organizationId: string, roles: Role[]) => logInNewMember(t, organizationId, roles);
    coordinator = await as(org.id, ['coordinator']);
    staff = await as(org.id, ['staff']);
    outsider = await as(other.id, ['coordinator']);
  });
  afterAll(async () => t.close());

  it('lets a coordinator register a running projekt with its decision reference and date, without scores, shown in the portfolio and the decision log', async () => {
    const response = await coordinator.post('/api/v1/initiatives/pre-digiplan', existing());
    expect(response.statusCode, response.body).toBe(201);
    const initiative = response.json<TInitiative>();
    expect(initiative).toMatchObject({ title: 'Trygghetskameror i hemtjänsten', form: 'project', ownerName: 'Ann Avdelningschef', plannedStartYear: 2024, stage: 1, status: 'active', preDigiplan: { decisionDate: '2023-11-15', reference: 'SN 2023/123 § 45' } });

    expect((await coordinator.get(`/api/v1/initiatives/${initiative.id}`)).json<TInitiative>().preDigiplan).toEqual({ decisionDate: '2023-11-15', reference: 'SN 2023/123 § 45' });
    const list = (await staff.get('/api/v1/initiatives')).json<TInitiativePage>();
    expect(list.items.find((item) => item.id === initiative.id)?.preDigiplan?.reference).toBe('SN 2023/123 § 45');
    const portfolio = (await staff.get('/api/v1/initiatives/portfolio')).json<TPortfolio>();
    expect(portfolio.items.map((row) => row.id)).toContain(initiative.id);

    const log = (await coordinator.get('/api/v1/decisions')).json<TDecisionPage>();
    const decision = log.items.find((item) => item.id === initiative.decisionId) as TDecision;
    expect(decision).toMatchObject({ origin: 'pre_digiplan', reference: 'SN 2023/123 § 45', decisionDate: '2023-11-15', outcome: 'proceed', initiativeId: initiative.id });
    expect(decision.snapshot).toMatchObject({ scores: null, quadrant: null, priority: null, overall: null });

    const need = (await coordinator.get(`/api/v1/needs/${initiative.needId}`)).json();
    expect(need).toMatchObject({ status: 'approved', quadrant: null, overall: null });
    expect((await auditOf(t.db, initiative.needId)).map((event) => event.action)).toEqual(['need.registered_pre_digiplan', 'need.decided']);
  });

  it('answers 403 when a staff member tries to register one, and saves nothing', async () => {
    const response = await staff.post('/api/v1/initiatives/pre-digiplan', existing({ title: 'Obehörigt registrerat' }));
    expect(response.statusCode).toBe(403);
    const list = (await coordinator.get('/api/v1/initiatives')).json<TInitiativePage>();
    expect(list.items.map((item) => item.title)).not.toContain('Obehörigt registrerat');
  });

  it('answers 404 when a coordinator of another organisation reads the registered initiative', async () => {
    const initiative = (await coordinator.post('/api/v1/initiatives/pre-digiplan', existing({ title: 'Digitala nyckelskåp' }))).json<TInitiative>();
    expect((await outsider.get(`/api/v1/initiatives/${initiative.id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/decisions')).json<TDecisionPage>().items.map((item) => item.id)).not.toContain(initiative.decisionId);
  });

  it('refuses a decision date in the future, a missing reference and a personnummer in the reference', async () => {
    const future = await coordinator.post('/api/v1/initiatives/pre-digiplan', existing({ decisionDate: '2999-01-01' }));
    expect(future.statusCode).toBe(400);
    const noReference = await coordinator.post('/api/v1/initiatives/pre-digiplan', existing({ reference: '' }));
    expect(noReference.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'body.reference' })]));
    const personal = await coordinator.post('/api/v1/initiatives/pre-digiplan', existing({ reference: `gäller ${FAKE_PERSONNUMMER}` }));
    expect(personal.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.reference', code: 'personal_number' }] });
  });

  it('lets the coordinator assess a pre-Digiplan initiative’s need later: the portfolio gets its priority while the old decision stays as it was', async () => {
    const initiative = (await coordinator.post('/api/v1/initiatives/pre-digiplan', existing({ title: 'Digital signering av journaler' }))).json<TInitiative>();
    const rowOf = async () => (await staff.get('/api/v1/initiatives/portfolio')).json<TPortfolio>().items.find((row) => row.id === initiative.id)!;
    expect(await rowOf()).toMatchObject({ decidedBeforeDigiplan: true, priority: null });

    const started = await coordinator.post(`/api/v1/needs/${initiative.needId}/assessments`, {});
    expect(started.statusCode, started.body).toBe(201);
    const round = started.json<TAssessment>();
    expect(round.permissions).toMatchObject({ canScore: true, canFix: true });
    const all = (value: 1 | 2 | 3 | 4): TScores => ({ competence: value, leadershipSupport: value, complexity: value, financing: value, savings: value, quality: value, mandatoryRequirement: value, goalFulfilment: value });
    const fixed = await coordinator.post(`/api/v1/needs/${initiative.needId}/assessment/fix`, { scores: all(1), rationale: 'Bedömd i efterhand på OLG.' }, { ifMatch: round.version });
    expect(fixed.statusCode, fixed.body).toBe(200);

    expect(await rowOf()).toMatchObject({ decidedBeforeDigiplan: true, priority: '1' });
    const need = (await coordinator.get(`/api/v1/needs/${initiative.needId}`)).json();
    expect(need).toMatchObject({ status: 'approved', quadrant: 'doNow' });
    const decision = (await coordinator.get('/api/v1/decisions')).json<TDecisionPage>().items.find((item) => item.id === initiative.decisionId) as TDecision;
    expect(decision).toMatchObject({ origin: 'pre_digiplan', reference: 'SN 2023/123 § 45' });
    expect(decision.snapshot).toMatchObject({ scores: null, quadrant: null, priority: null });
  });

  it('does not reopen the assessment of a need decided in Digiplan, nor let anyone but a coordinator assess a pre-Digiplan one', async () => {
    const decidedHereId = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Beslutat i Digiplan' });
    const decidedHere = (await coordinator.get(`/api/v1/initiatives/${decidedHereId}`)).json<TInitiative>();
    const reopened = await coordinator.post(`/api/v1/needs/${decidedHere.needId}/assessments`, {}, { ifMatch: 1 });
    expect(reopened.statusCode).toBeGreaterThanOrEqual(409);
    expect(reopened.statusCode).toBeLessThan(500);
    const preDigiplan = (await coordinator.post('/api/v1/initiatives/pre-digiplan', existing({ title: 'Nyckelfria lås' }))).json<TInitiative>();
    expect((await staff.post(`/api/v1/needs/${preDigiplan.needId}/assessments`, {})).statusCode).toBe(403);
    expect((await outsider.post(`/api/v1/needs/${preDigiplan.needId}/assessments`, {})).statusCode).toBe(404);
  });
});
