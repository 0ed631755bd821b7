import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganization, FAKE_PERSONNUMMER } from '@test/factories';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { auditOf, submitThroughApi } from '@server/modules/needs/needs.test-support';

describe('an estimated cost on a need', () => {
  let t: TestApp;
  let submitter: ApiClient;
  let coordinator: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrganization(t.db);
    const as = async (roles: Parameters<typeof buildMember>[2]) => {
      const member = await buildMember(t.db, org.id, roles);
      return logInAs(t.app, member.email, member.password);
    };
    submitter = await as(['staff']);
    coordinator = await as(['coordinator']);
  });
  afterAll(async () => t.close());

  it('lets a medarbetare submit a need with a yearly cost range and shows it written out on the need page', async () => {
    const need = await submitThroughApi(submitter, { costEstimate: { low: '4000000', high: '6000000', recurrence: 'per_year', note: 'beroende på lösning' } });
    const page = (await submitter.get(`/api/v1/needs/${need.id}`)).json();
    expect(page.costEstimate).toEqual({ low: '4000000', high: '6000000', recurrence: 'per_year', note: 'beroende på lösning' });
    expect(page.costEstimateText).toBe('40\u00a0000–60\u00a0000\u00a0kr/år, beroende på lösning');
  });

  it('shows no estimate on a need submitted without one', async () => {
    const need = await submitThroughApi(submitter);
    const page = (await submitter.get(`/api/v1/needs/${need.id}`)).json();
    expect(page.costEstimate).toBeNull();
    expect(page.costEstimateText).toBe('');
  });

  it('answers 400 naming body.costEstimate.high when a medarbetare gives a range whose low is above its high, and saves nothing', async () => {
    const response = await submitter.post('/api/v1/needs', {
      title: 'Omvänt kostnadsspann',
      problem: 'Ett behov med ett spann som går nedåt.',
      expectedBenefit: 'Ingen, det ska inte sparas.',
      affectedGroups: ['staff'],
      costEstimate: { low: '6000000', high: '4000000', recurrence: 'one_off', note: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'body.costEstimate.high', code: 'range_inverted' }]);
    const list = (await submitter.get('/api/v1/needs?q=Omvänt')).json();
    expect(list.items).toEqual([]);
  });

  it('refuses a personnummer in the estimate note and names the field', async () => {
    const response = await submitter.post('/api/v1/needs', {
      title: 'Kostnad med personnummer',
      problem: 'Anteckningen nämner en brukare.',
      expectedBenefit: 'Ingen.',
      affectedGroups: ['staff'],
      costEstimate: { low: '100000', high: null, recurrence: 'one_off', note: `gäller ${FAKE_PERSONNUMMER}` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.costEstimate.note', code: 'personal_number' }] });
  });

  it('lets the coordinator set, correct and remove the estimate with If-Match, each change in the audit log', async () => {
    const need = await submitThroughApi(submitter);
    const set = await coordinator.patch(`/api/v1/needs/${need.id}`, { costEstimate: { low: '1500000', recurrence: 'one_off', note: 'licens' } }, { ifMatch: 1 });
    expect(set.statusCode).toBe(200);
    expect(set.json().costEstimateText).toBe('Ca 15\u00a0000\u00a0kr, licens');
    const inverted = await coordinator.patch(`/api/v1/needs/${need.id}`, { costEstimate: { low: '2', high: '1', recurrence: 'one_off', note: '' } }, { ifMatch: 2 });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().errors).toEqual([{ path: 'body.costEstimate.high', code: 'range_inverted' }]);
    const guarded = await coordinator.patch(`/api/v1/needs/${need.id}`, { costEstimate: { low: null, high: null, recurrence: 'one_off', note: FAKE_PERSONNUMMER } }, { ifMatch: 2 });
    expect(guarded.json().errors).toEqual([{ path: 'body.costEstimate.note', code: 'personal_number' }]);
    const same = await coordinator.patch(`/api/v1/needs/${need.id}`, { costEstimate: { note: 'licens', low: '1500000', recurrence: 'one_off' } }, { ifMatch: 2 });
    expect(same.json().version).toBe(2);
    const removed = await coordinator.patch(`/api/v1/needs/${need.id}`, { costEstimate: null }, { ifMatch: 2 });
    expect(removed.json()).toMatchObject({ costEstimate: null, costEstimateText: '', version: 3 });
    const updates = (await auditOf(t.db, need.id)).filter((event) => event.action === 'need.updated');
    expect(updates.map((event) => (event.after as { costEstimate: unknown }).costEstimate)).toEqual([
      { low: '1500000', high: null, recurrence: 'one_off', note: 'licens' },
      null,
    ]);
  });
});
