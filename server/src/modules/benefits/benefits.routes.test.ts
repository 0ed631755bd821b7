import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TBenefit, TBenefitList, TDueMeasurement, TMeasurement } from '@domain/benefits.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, type TestOrganization } from '@test/factories';
import { auditEventsIn } from '@test/audit';
import { inTenant } from '@server/platform/tenancy/context';
import { fewerVisits } from '@server/modules/benefits/benefits.test-support';
import { initiativeThroughDecision } from '@test/initiatives';
import { loadBenefitFacts } from '@server/modules/benefits/load-benefit-facts';

describe('planning and measuring an initiative’s benefits', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let staff: ApiClient;
  let viewer: ApiClient;
  let outsider: ApiClient;
  let initiativeId: string;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    coordinator = await logInAs(t.app, ...creds(await buildMember(t.db, org.id, ['coordinator'], 'Ulla Utvecklingsledare')));
    staff = await logInAs(t.app, ...creds(await buildMember(t.db, org.id, ['staff'], 'Sam Sjuksköterska')));
    viewer = await logInAs(t.app, ...creds(await buildMember(t.db, org.id, ['viewer'])));
    outsider = await logInAs(t.app, ...creds(await buildMember(t.db, other.id, ['coordinator'])));
    initiativeId = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Digital nattillsyn', plannedStartYear: 2025 });
    base = `/api/v1/initiatives/${initiativeId}/benefits`;
  });
  afterAll(async () => t.close());
  const creds = (m: { email: string; password: string }) => [m.email, m.password] as const;

  it('lets a utvecklingsledare plan a quantitative benefit typed in Swedish format, and records it in the audit log', async () => {
    await inTenant({ db: t.db, organizationId: org.id }, async (tx) => expect(await loadBenefitFacts(tx, org.id, initiativeId)).toEqual({ benefitsPlanned: false }));
    const response = await coordinator.post(base, fewerVisits(staff.userId));
    expect(response.statusCode).toBe(201);
    const benefit = response.json<TBenefit>();
    expect(benefit).toMatchObject({ baselineValue: '1200', targetValue: '800', status: 'not_started', owner: { id: staff.userId, name: 'Sam Sjuksköterska' }, version: 1 });
    expect(response.headers.etag).toBe('"1"');
    const audit = await auditEventsIn(t.db, org.id, benefit.id);
    expect(audit.map((e) => e.action)).toEqual(['benefit.created']);
    const list = (await viewer.get(base)).json<TBenefitList>();
    expect(list.items).toHaveLength(1);
    expect(list.canEdit).toBe(false);
    await inTenant({ db: t.db, organizationId: org.id }, async (tx) => expect(await loadBenefitFacts(tx, org.id, initiativeId)).toEqual({ benefitsPlanned: true }));
  });

  it('refuses text in number fields, an unknown unit, a target date before the baseline and a missing indicator, saving nothing', async () => {
    const before = (await viewer.get(base)).json<TBenefitList>().items.length;
    const bad = { ...fewerVisits(staff.userId), baselineValue: '12 tim', targetDate: '2024-06-01', indicator: null };
    const response = await coordinator.post(base, bad);
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.baselineValue', 'body.targetDate', 'body.indicator']));
    const unknownUnit = await coordinator.post(base, { ...fewerVisits(staff.userId), unit: 'furlongs' });
    expect(unknownUnit.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.unit']);
    const notMember = await coordinator.post(base, fewerVisits(outsider.userId));
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().errors[0].path).toBe('body.ownerId');
    expect((await viewer.get(base)).json<TBenefitList>().items).toHaveLength(before);
  });

  it('lets only editors plan benefits, and hides another organisation’s initiative', async () => {
    expect((await staff.post(base, fewerVisits(staff.userId))).statusCode).toBe(403);
    expect((await viewer.post(base, fewerVisits(staff.userId))).statusCode).toBe(403);
    expect((await outsider.get(base)).statusCode).toBe(404);
    expect((await outsider.post(base, fewerVisits(outsider.userId))).statusCode).toBe(404);
    const denied = await auditEventsIn(t.db, org.id);
    expect(denied.some((e) => e.action === 'request.denied')).toBe(true);
  });

  it('changes a benefit only with the current ETag (428 without, 412 when stale)', async () => {
    const benefit = (await viewer.get(base)).json<TBenefitList>().items[0]!;
    const url = `${base}/${benefit.id}`;
    const changed = { ...fewerVisits(staff.userId), targetValue: '750,5' };
    expect((await coordinator.put(url, changed)).statusCode).toBe(428);
    expect((await coordinator.put(url, changed, { ifMatch: 99 })).statusCode).toBe(412);
    const ok = await coordinator.put(url, changed, { ifMatch: benefit.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<TBenefit>()).toMatchObject({ targetValue: '750.5', version: 2 });
    expect((await coordinator.put(url, changed, { ifMatch: benefit.version })).statusCode).toBe(412);
    expect((await outsider.put(url, changed, { ifMatch: 2 })).statusCode).toBe(404);
    const audit = await auditEventsIn(t.db, org.id, benefit.id);
    expect(audit[0]).toMatchObject({ action: 'benefit.updated', before: expect.objectContaining({ targetValue: '800' }), after: expect.objectContaining({ targetValue: '750.5' }) });
  });

  it('lets the owner record measurements over time and derives the status from them', async () => {
    const benefit = (await viewer.get(base)).json<TBenefitList>().items[0]!;
    const url = `${base}/${benefit.id}/measurements`;
    for (const [measuredOn, value] of [['2025-03-31', '1 150'], ['2025-06-30', '1\u00a0020,5']] as const) {
      const response = await staff.post(url, { measuredOn, value, comment: 'Ur verksamhetssystemet' });
      expect(response.statusCode).toBe(201);
    }
    expect((await viewer.post(url, { measuredOn: '2025-07-01', value: '900' })).statusCode).toBe(403);
    expect((await staff.post(url, { measuredOn: '2025-07-01', value: 'ca 900' })).statusCode).toBe(400);
    expect((await staff.post(url, { measuredOn: '2999-01-01', value: '900' })).statusCode).toBe(400);
    expect((await staff.post(url, { measuredOn: '2025-07-01', value: null })).statusCode).toBe(400);
    const measurements = (await viewer.get(url)).json<{ items: TMeasurement[] }>().items;
    expect(measurements.map((m) => m.value)).toEqual(['1150', '1020.5']);
    expect(measurements[0]!.recordedBy.name).toBe('Sam Sjuksköterska');
    const after = (await viewer.get(`${base}/${benefit.id}`)).json<TBenefit>();
    expect(after).toMatchObject({ latestValue: '1020.5', lastMeasuredOn: '2025-06-30' });
    expect(['on_track', 'at_risk', 'not_realised']).toContain(after.status);
    expect((await outsider.get(url)).statusCode).toBe(404);
    const audit = await auditEventsIn(t.db, org.id, benefit.id);
    expect(audit.filter((e) => e.action === 'benefit.measured')).toHaveLength(2);
    const removed = await staff.delete(`${url}/${measurements[1]!.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await viewer.get(url)).json<{ items: TMeasurement[] }>().items).toHaveLength(1);
  });

  it('shows a due measurement on the owner’s "Att mäta" list', async () => {
    const mine = (await staff.get('/api/v1/benefits/due?mine=true')).json<{ items: TDueMeasurement[] }>().items;
    // Quarterly, last measured 2025-03-31: due 2025-06-30, long past.
    expect(mine).toEqual([expect.objectContaining({ description: 'Färre fysiska nattbesök', dueOn: '2025-06-30', initiativeTitle: 'Digital nattillsyn' })]);
    expect((await coordinator.get('/api/v1/benefits/due?mine=true')).json().items).toEqual([]);
    expect((await coordinator.get('/api/v1/benefits/due')).json().items).toHaveLength(1);
    expect((await outsider.get('/api/v1/benefits/due')).json().items).toEqual([]);
  });

  it('lets the follow-up mark a benefit realised, which takes it off the due list', async () => {
    const benefit = (await viewer.get(base)).json<TBenefitList>().items[0]!;
    const url = `${base}/${benefit.id}/decision`;
    expect((await staff.put(url, { decision: 'realised', note: '' }, { ifMatch: benefit.version })).statusCode).toBe(403);
    expect((await coordinator.put(url, { decision: 'realised', note: '' })).statusCode).toBe(428);
    expect((await coordinator.put(url, { decision: 'maybe', note: '' }, { ifMatch: benefit.version })).statusCode).toBe(400);
    const response = await coordinator.put(url, { decision: 'realised', note: 'Målet nåddes i december.' }, { ifMatch: benefit.version });
    expect(response.statusCode).toBe(200);
    expect(response.json<TBenefit>()).toMatchObject({ status: 'realised', decision: 'realised', nextDueOn: null });
    expect((await staff.get('/api/v1/benefits/due?mine=true')).json().items).toEqual([]);
    expect((await auditEventsIn(t.db, org.id, benefit.id))[0]).toMatchObject({ action: 'benefit.decided', after: { decision: 'realised' } });
  });

  it('plans a qualitative benefit without indicator and measures it by a comment', async () => {
    const input = { description: 'Ökad trygghet', level: 'individual', beneficiaries: ['clients', 'relatives'], kind: 'qualitative', method: 'survey', frequency: 'yearly', ownerId: coordinator.userId, targetDate: '2026-06-30' };
    const response = await coordinator.post(base, input);
    expect(response.statusCode).toBe(201);
    const benefit = response.json<TBenefit>();
    const url = `${base}/${benefit.id}/measurements`;
    expect((await coordinator.post(url, { measuredOn: '2025-05-01', comment: '' })).statusCode).toBe(400);
    expect((await coordinator.post(url, { measuredOn: '2025-05-01', comment: 'Brukarna sover bättre enligt enkäten.' })).statusCode).toBe(201);
    const deleted = await coordinator.delete(`${base}/${benefit.id}`, { ifMatch: benefit.version });
    expect(deleted.statusCode).toBe(204);
    expect((await auditEventsIn(t.db, org.id, benefit.id))[0]!.action).toBe('benefit.deleted');
  });

  it('lists the organisation’s members as possible owners', async () => {
    const owners = (await viewer.get('/api/v1/benefit-owners')).json().items.map((p: { name: string }) => p.name);
    expect(owners).toEqual(expect.arrayContaining(['Sam Sjuksköterska', 'Ulla Utvecklingsledare']));
    expect((await outsider.get('/api/v1/benefit-owners')).json().items).toHaveLength(1);
  });
});
