import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { todayInSweden, type TDecision } from '@domain/decisions.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, buildOrganization, type TestOrganization, FAKE_PERSONNUMMER } from '@test/factories';
import { inTenant } from '@server/platform/tenancy/context';
import { auditEventsIn } from '@test/audit';
import { notifications } from '@server/modules/notifications/notifications.tables';
import { needs } from '@server/modules/needs/needs.tables';
import { getNeedForAssessment } from '@server/modules/needs/need-assessment-summary';

const all = (v: 1 | 2 | 3 | 4): TScores => ({
  competence: v,
  leadershipSupport: v,
  complexity: v,
  financing: v,
  savings: v,
  quality: v,
  mandatoryRequirement: v,
  goalFulfilment: v,
});

/** `date` moved by `days`, as YYYY-MM-DD. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('OLG deciding a need', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let steering: ApiClient;
  let staff: ApiClient;
  let viewer: ApiClient;
  let outsider: ApiClient;
  const today = todayInSweden();
  const scope = () => ({ db: t.db, organizationId: org.id });

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    const login = async (orgId: string, roles: Parameters<typeof buildMember>[2], name?: string) => {
      const m = await buildMember(t.db, orgId, roles, name);
      return logInAs(t.app, m.email, m.password);
    };
    coordinator = await login(org.id, ['coordinator']);
    steering = await login(org.id, ['steering_member'], 'Olle OLG');
    staff = await login(org.id, ['staff']);
    viewer = await login(org.id, ['viewer']);
    outsider = await login(other.id, ['coordinator', 'steering_member']);
  });
  afterAll(async () => t.close());

  const needVersion = async (needId: string) => (await inTenant(scope(), (tx) => getNeedForAssessment(tx, scope(), needId))).version;
  const assess = async (needId: string, scores: TScores) => {
    const current = await coordinator.get(`/api/v1/needs/${needId}/assessment`);
    const round = (
      await coordinator.post(`/api/v1/needs/${needId}/assessments`, {}, current.statusCode === 200 ? { ifMatch: current.json().version } : {})
    ).json<TAssessment>();
    const fixed = await coordinator.post(`/api/v1/needs/${needId}/assessment/fix`, { scores }, { ifMatch: round.version });
    expect(fixed.statusCode).toBe(200);
  };
  const decide = async (client: ApiClient, needId: string, body: Record<string, unknown>, ifMatch?: number) =>
    client.post(`/api/v1/needs/${needId}/decisions`, body, { ifMatch: ifMatch ?? (await needVersion(needId)) });
  const proceed = { outcome: 'proceed', form: 'project', ownerName: 'Anna Avdelningschef', plannedStartYear: 2026, rationale: 'Stor nytta.', decisionDate: today, forum: 'OLG' };

  it('turns a need decided to proceed into exactly one initiative and freezes the snapshot', async () => {
    const need = await buildNeed(t.db, org, staff.userId, { title: 'Läkemedelsrobotar' });
    await assess(need.id, all(1));
    const response = await decide(steering, need.id, proceed);
    expect(response.statusCode).toBe(201);
    const decision = response.json<TDecision>();
    expect(decision).toMatchObject({
      outcome: 'proceed',
      form: 'project',
      ownerName: 'Anna Avdelningschef',
      plannedStartYear: 2026,
      decisionDate: today,
      forum: 'OLG',
      rationale: 'Stor nytta.',
      decidedBy: { id: steering.userId, name: 'Olle OLG' },
      snapshot: {
        needTitle: 'Läkemedelsrobotar',
        needNumber: need.number,
        needStatusBefore: 'assessed',
        scores: all(1),
        feasibility: 1,
        potential: 1,
        overall: 1,
        quadrant: 'doNow',
        priority: '1',
        form: 'project',
      },
    });
    expect(decision.initiativeId).toEqual(expect.any(String));
    expect((await inTenant(scope(), (tx) => getNeedForAssessment(tx, scope(), need.id))).status).toBe('approved');

    const initiative = await viewer.get(`/api/v1/initiatives/${decision.initiativeId}`);
    expect(initiative.statusCode).toBe(200);
    expect(initiative.json()).toMatchObject({ needId: need.id, decisionId: decision.id, title: 'Läkemedelsrobotar', form: 'project', ownerName: 'Anna Avdelningschef', plannedStartYear: 2026, stage: 1 });

    const again = await decide(steering, need.id, proceed);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_state');
    const list = (await viewer.get('/api/v1/initiatives?limit=100')).json();
    expect(list.items.filter((i: { needId: string }) => i.needId === need.id)).toHaveLength(1);

    const audit = await auditEventsIn(t.db, scope().organizationId);
    expect(audit.filter((e) => e.entityId === need.id).map((e) => e.action)).toContain('need.decided');
    expect(audit.filter((e) => e.entityId === decision.initiativeId).map((e) => e.action)).toEqual(['initiative.created']);
    const notes = await inTenant(scope(), (tx) => tx.select().from(notifications).where(and(eq(notifications.needId, need.id), eq(notifications.kind, 'need_decided'))));
    expect(notes).toEqual([expect.objectContaining({ userId: staff.userId, params: expect.objectContaining({ outcome: 'proceed', form: 'project' }) })]);
  });

  it('keeps the snapshot when the need is edited and reassessed after the decision', async () => {
    const need = await buildNeed(t.db, org, staff.userId, { title: 'Digital nattillsyn' });
    await assess(need.id, all(2));
    const parked = await decide(steering, need.id, { outcome: 'park', parkedUntil: addDays(today, 90), rationale: 'Vänta på upphandling.', decisionDate: today, forum: 'OLG' });
    expect(parked.statusCode).toBe(201);
    const before = parked.json<TDecision>();
    expect(before.snapshot).toMatchObject({ scores: all(2), quadrant: 'doNow', needStatusBefore: 'assessed', form: null });

    await inTenant(scope(), (tx) => tx.update(needs).set({ title: 'Nytt namn', version: sql`${needs.version} + 1` }).where(eq(needs.id, need.id)));
    await assess(need.id, all(4));
    expect(await inTenant(scope(), (tx) => getNeedForAssessment(tx, scope(), need.id))).toMatchObject({ quadrant: 'doNot', status: 'parked' });

    const list = await viewer.get(`/api/v1/needs/${need.id}/decisions`);
    expect(list.statusCode).toBe(200);
    expect(list.headers.etag).toBe(`"${await needVersion(need.id)}"`);
    expect(list.json().items).toEqual([before]);
  });

  it('lets a parked need get a new decision later, listed newest first', async () => {
    const need = await buildNeed(t.db, org, staff.userId);
    await assess(need.id, all(3));
    const first = await decide(steering, need.id, { outcome: 'park', parkedUntil: addDays(today, 30), rationale: 'Senare.', decisionDate: addDays(today, -10) });
    expect(first.statusCode).toBe(201);
    expect(first.json().forum).toBe('OLG');
    const second = await decide(steering, need.id, { outcome: 'reject', reason: 'Löses av annat system.', decisionDate: today, forum: 'Förvaltningsledningen' });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ rationale: 'Löses av annat system.', snapshot: { needStatusBefore: 'parked', quadrant: 'doNot' } });
    const items = (await viewer.get(`/api/v1/needs/${need.id}/decisions`)).json().items;
    expect(items.map((d: TDecision) => d.outcome)).toEqual(['reject', 'park']);
    expect((await decide(steering, need.id, { outcome: 'reject', reason: 'Igen.', decisionDate: today })).statusCode).toBe(409);
  });

  it('lets OLG reject an unassessed need, but not proceed with one', async () => {
    const need = await buildNeed(t.db, org, staff.userId);
    const refused = await decide(steering, need.id, proceed);
    expect(refused.statusCode).toBe(409);
    const rejected = await decide(steering, need.id, { outcome: 'reject', reason: 'Utanför uppdraget.', decisionDate: today });
    expect(rejected.statusCode).toBe(201);
    expect(rejected.json().snapshot).toMatchObject({ scores: null, quadrant: null, priority: null, needStatusBefore: 'submitted' });
  });

  it('requires a park date after today and a decision date that is not in the future', async () => {
    // Read at the test, not at collection: a run may cross midnight in Stockholm in between.
    const today = todayInSweden();
    const need = await buildNeed(t.db, org, staff.userId);
    const park = (parkedUntil: string, decisionDate = today) => decide(steering, need.id, { outcome: 'park', parkedUntil, rationale: 'Senare.', decisionDate });
    const onToday = await park(today);
    expect(onToday.statusCode).toBe(400);
    expect(onToday.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'body.parkedUntil' })]));
    expect((await park(addDays(today, -1))).statusCode).toBe(400);
    const future = await park(addDays(today, 10), addDays(today, 1));
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'body.decisionDate' })]));
    expect((await decide(steering, need.id, { outcome: 'reject', decisionDate: today })).statusCode).toBe(400);
    expect((await decide(steering, need.id, { ...proceed, plannedStartYear: 1999 })).statusCode).toBe(400);
    expect((await decide(steering, need.id, { ...proceed, outcome: 'maybe' })).statusCode).toBe(400);
    expect(await needVersion(need.id)).toBe(1);
  });

  it('refuses a rationale that contains a personnummer', async () => {
    const need = await buildNeed(t.db, org, staff.userId);
    const response = await decide(steering, need.id, { outcome: 'reject', reason: `Gäller ${FAKE_PERSONNUMMER}`, decisionDate: today });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.reason', code: 'personal_number' }] });
  });

  it('answers 428 without If-Match and 412 when the need changed since it was read', async () => {
    const need = await buildNeed(t.db, org, staff.userId);
    const body = { outcome: 'reject', reason: 'Nej.', decisionDate: today };
    expect((await steering.post(`/api/v1/needs/${need.id}/decisions`, body)).statusCode).toBe(428);
    const version = await needVersion(need.id);
    await assess(need.id, all(2)); // bumps the need's version
    expect((await decide(steering, need.id, body, version)).statusCode).toBe(412);
    expect((await viewer.get(`/api/v1/needs/${need.id}/decisions`)).json().items).toEqual([]);
  });

  it('answers 403 when a staff member or a viewer tries to decide', async () => {
    const need = await buildNeed(t.db, org, staff.userId);
    const body = { outcome: 'reject', reason: 'Nej.', decisionDate: today };
    expect((await decide(staff, need.id, body)).statusCode).toBe(403);
    expect((await decide(viewer, need.id, body)).statusCode).toBe(403);
  });

  it('answers 404 when a member of another organisation decides or reads the decisions of a need', async () => {
    const need = await buildNeed(t.db, org, staff.userId);
    await assess(need.id, all(1));
    const decided = (await decide(steering, need.id, proceed)).json<TDecision>();
    const other = await buildNeed(t.db, org, staff.userId);
    expect((await decide(outsider, other.id, { outcome: 'reject', reason: 'Nej.', decisionDate: today })).statusCode).toBe(404);
    expect((await outsider.get(`/api/v1/needs/${need.id}/decisions`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/v1/initiatives/${decided.initiativeId}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/decisions')).json().items).toEqual([]);
    expect((await outsider.get('/api/v1/initiatives')).json().items).toEqual([]);
  });
});

describe('the decision log', () => {
  let t: TestApp;
  let org: TestOrganization;
  let steering: ApiClient;
  let viewer: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const s = await buildMember(t.db, org.id, ['steering_member']);
    const v = await buildMember(t.db, org.id, ['viewer']);
    steering = await logInAs(t.app, s.email, s.password);
    viewer = await logInAs(t.app, v.email, v.password);
  });
  afterAll(async () => t.close());

  it('lists every decision newest decision date first, page by page, filtered by outcome and year', async () => {
    const dates = ['2024-03-01', '2025-06-10', '2025-01-20', '2024-11-05', '2025-06-10'];
    const ids: string[] = [];
    for (const date of dates) {
      const need = await buildNeed(t.db, org, steering.userId);
      const response = await steering.post(`/api/v1/needs/${need.id}/decisions`, { outcome: 'reject', reason: 'Nej.', decisionDate: date }, { ifMatch: 1 });
      expect(response.statusCode).toBe(201);
      ids.push(response.json().id);
    }
    const first = await viewer.get('/api/v1/decisions?limit=2');
    expect(first.statusCode).toBe(200);
    const second = await viewer.get(`/api/v1/decisions?limit=2&cursor=${first.json().nextCursor}`);
    const third = await viewer.get(`/api/v1/decisions?limit=2&cursor=${second.json().nextCursor}`);
    expect(third.json().nextCursor).toBeNull();
    const all = [...first.json().items, ...second.json().items, ...third.json().items] as TDecision[];
    expect(all.map((d) => d.decisionDate)).toEqual(['2025-06-10', '2025-06-10', '2025-01-20', '2024-11-05', '2024-03-01']);
    expect(all.slice(0, 2).map((d) => d.id)).toEqual([ids[4], ids[1]]);

    const of2024 = (await viewer.get('/api/v1/decisions?year=2024')).json().items as TDecision[];
    expect(of2024.map((d) => d.decisionDate)).toEqual(['2024-11-05', '2024-03-01']);
    expect((await viewer.get('/api/v1/decisions?outcome=park')).json().items).toEqual([]);
    expect((await viewer.get('/api/v1/decisions?outcome=reject')).json().items).toHaveLength(5);
  });

  it('refuses a cursor it never made and a year out of range', async () => {
    expect((await viewer.get('/api/v1/decisions?cursor=bm9wZQ')).statusCode).toBe(400);
    expect((await viewer.get('/api/v1/decisions?year=1999')).statusCode).toBe(400);
  });
});
