import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, buildOrganization, type TestOrganization, FAKE_PERSONNUMMER } from '@test/factories';
import { inTenant } from '@server/platform/tenancy/context';
import { auditEventsIn } from '@test/audit';
import { notifications } from '@server/modules/notifications/notifications.tables';
import { getNeedForAssessment } from '@server/modules/needs/need-assessment-summary';

const all = (value: 1 | 2 | 3 | 4): TScores => ({
  competence: value,
  leadershipSupport: value,
  complexity: value,
  financing: value,
  savings: value,
  quality: value,
  mandatoryRequirement: value,
  goalFulfilment: value,
});

describe('assessing a need', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let steering: ApiClient;
  let steering2: ApiClient;
  let staff: ApiClient;
  let viewer: ApiClient;
  let outsider: ApiClient;
  let submitterId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    const login = async (orgId: string, roles: Parameters<typeof buildMember>[2], name?: string) => {
      const member = await buildMember(t.db, orgId, roles, name);
      return logInAs(t.app, member.email, member.password);
    };
    coordinator = await login(org.id, ['coordinator'], 'Ulla Utvecklingsledare');
    steering = await login(org.id, ['steering_member'], 'Olle OLG');
    steering2 = await login(org.id, ['steering_member'], 'Olga OLG');
    staff = await login(org.id, ['staff']);
    viewer = await login(org.id, ['viewer']);
    outsider = await login(other.id, ['coordinator', 'steering_member', 'admin']);
    submitterId = staff.userId;
  });
  afterAll(async () => t.close());

  const newNeed = (overrides = {}) => buildNeed(t.db, org, submitterId, overrides);
  const start = async (needId: string, ifMatch?: number) => {
    const response = await coordinator.post(`/api/v1/needs/${needId}/assessments`, {}, ifMatch === undefined ? {} : { ifMatch });
    expect(response.statusCode).toBe(201);
    return response.json<TAssessment>();
  };
  const score = (client: ApiClient, needId: string, scores: TScores, comment = '') =>
    client.put(`/api/v1/needs/${needId}/assessment/my-scores`, { scores, comment });
  const needRow = (needId: string) => inTenant({ db: t.db, organizationId: org.id }, (tx) => getNeedForAssessment(tx, { organizationId: org.id }, needId));
  const auditActions = async (entityId: string) =>
    (await auditEventsIn(t.db, org.id, entityId)).map((e) => e.action);

  it('lets several raters score independently and shows each rater, the statistics and the agreement', async () => {
    const need = await newNeed();
    const round = await start(need.id);
    expect(round).toMatchObject({ status: 'open', raters: [], agreedScores: null, derived: null, permissions: { canScore: true, canFix: true } });

    expect((await score(steering, need.id, all(1), 'Stort stöd i OLG')).statusCode).toBe(200);
    expect((await score(steering2, need.id, { ...all(2), savings: 4 })).statusCode).toBe(200);
    const saved = await score(coordinator, need.id, all(2));
    expect(saved.statusCode).toBe(200);

    const response = await coordinator.get(`/api/v1/needs/${need.id}/assessment`);
    expect(response.statusCode).toBe(200);
    const body = response.json<TAssessment>();
    expect(response.headers.etag).toBe(`"${body.version}"`);
    expect(body.raters.map((r) => r.rater.name)).toEqual(['Olle OLG', 'Olga OLG', 'Ulla Utvecklingsledare']);
    expect(body.raters[0]).toMatchObject({ scores: all(1), comment: 'Stort stöd i OLG', derived: { quadrant: 'doNow', priority: '1' } });
    expect(body.statistics!.raterCount).toBe(3);
    expect(body.statistics!.criteria.find((c) => c.criterion === 'savings')).toEqual({
      criterion: 'savings',
      mean: 2.33,
      min: 1,
      max: 4,
      spread: 3,
      agreement: 'low',
    });
    expect(body.statistics!.criteria.find((c) => c.criterion === 'competence')).toMatchObject({ mean: 1.67, spread: 1, agreement: 'high' });
    expect(body.statistics!.agreement).toBe('low');
    expect(await auditActions(round.id)).toEqual(expect.arrayContaining(['assessment.started', 'assessment.scored']));
  });

  it('hides the other raters’ scores from a rater until she has saved her own', async () => {
    const need = await newNeed();
    await start(need.id);
    await score(steering, need.id, all(1));
    const blinded = (await steering2.get(`/api/v1/needs/${need.id}/assessment`)).json<TAssessment>();
    expect(blinded.isBlinded).toBe(true);
    expect(blinded.statistics).toBeNull();
    expect(blinded.raters).toEqual([expect.objectContaining({ rater: expect.objectContaining({ name: 'Olle OLG' }), scores: null, comment: null })]);
    const after = (await score(steering2, need.id, all(3))).json<TAssessment>();
    expect(after.isBlinded).toBe(false);
    expect(after.raters.map((r) => r.scores)).toEqual([all(1), all(3)]);
  });

  it('keeps one row per rater when she saves again, and changes nothing when she saves the same scores', async () => {
    const need = await newNeed();
    await start(need.id);
    const first = (await score(steering, need.id, all(2))).json<TAssessment>();
    const same = (await score(steering, need.id, all(2))).json<TAssessment>();
    expect(same.version).toBe(first.version);
    const changed = (await score(steering, need.id, all(3))).json<TAssessment>();
    expect(changed.version).toBe(first.version + 1);
    expect(changed.raters).toHaveLength(1);
    expect(changed.raters[0]!.scores).toEqual(all(3));
  });

  it('answers 403 when a staff member or a viewer tries to score, and when a steering member tries to fix', async () => {
    const need = await newNeed();
    const round = await start(need.id);
    expect((await score(staff, need.id, all(1))).statusCode).toBe(403);
    expect((await score(viewer, need.id, all(1))).statusCode).toBe(403);
    expect((await staff.post(`/api/v1/needs/${need.id}/assessments`, {}, { ifMatch: round.version })).statusCode).toBe(403);
    const fix = await steering.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: all(1) }, { ifMatch: round.version });
    expect(fix.statusCode).toBe(403);
    expect(fix.json().code).toBe('forbidden');
  });

  it('lets a viewer read the assessment but offers her no actions', async () => {
    const need = await newNeed();
    await start(need.id);
    const response = await viewer.get(`/api/v1/needs/${need.id}/assessment`);
    expect(response.statusCode).toBe(200);
    expect(response.json().permissions).toEqual({ canScore: false, canFix: false, canReopen: false });
  });

  it('refuses scores outside 1–4 and a comment with a personnummer', async () => {
    const need = await newNeed();
    await start(need.id);
    const bad = await score(steering, need.id, { ...all(1), quality: 5 as 4 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'body.scores.quality' })]));
    const personal = await score(steering, need.id, all(1), `Gäller ${FAKE_PERSONNUMMER}`);
    expect(personal.statusCode).toBe(400);
    expect(personal.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.comment', code: 'personal_number' }] });
  });

  it('answers 404 before the first round and 409 when scoring without an open round', async () => {
    const need = await newNeed();
    expect((await coordinator.get(`/api/v1/needs/${need.id}/assessment`)).statusCode).toBe(404);
    expect((await score(steering, need.id, all(1))).statusCode).toBe(409);
  });

  it('derives quadrant and priority when the coordinator fixes the agreed scores, updates the need and tells the submitter', async () => {
    const need = await newNeed();
    const round = await start(need.id);
    const scored = (await score(steering, need.id, all(2))).json<TAssessment>();
    const agreed: TScores = { competence: 2, leadershipSupport: 2, complexity: 3, financing: 3, savings: 3, quality: 3, mandatoryRequirement: 3, goalFulfilment: 3 };
    const before = await needRow(need.id);
    const fixed = await coordinator.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: agreed, rationale: 'Enades på OLG.' }, { ifMatch: scored.version });
    expect(fixed.statusCode).toBe(200);
    const body = fixed.json<TAssessment>();
    expect(body).toMatchObject({
      status: 'fixed',
      agreedScores: agreed,
      rationale: 'Enades på OLG.',
      derived: { feasibility: 2.5, potential: 3, overall: 2.75, quadrant: 'doWhenOpportune', priority: '2-3' },
      fixedBy: { id: coordinator.userId, name: 'Ulla Utvecklingsledare' },
      permissions: { canScore: false, canFix: false, canReopen: true },
    });
    expect(fixed.headers.etag).toBe(`"${body.version}"`);
    const after = await needRow(need.id);
    expect(after).toMatchObject({ status: 'assessed', feasibility: 2.5, potential: 3, overall: 2.75, quadrant: 'doWhenOpportune', version: before.version + 1 });
    const notes = await inTenant({ db: t.db, organizationId: org.id }, (tx) =>
      tx.select().from(notifications).where(and(eq(notifications.needId, need.id), eq(notifications.userId, submitterId))),
    );
    expect(notes).toEqual([expect.objectContaining({ kind: 'need_assessed', params: expect.objectContaining({ quadrant: 'doWhenOpportune', priority: '2-3', needNumber: need.number }) })]);
    expect(await auditActions(round.id)).toContain('assessment.fixed');
    expect((await score(steering, need.id, all(1))).statusCode).toBe(409);
  });

  it('answers 428 without If-Match and 412 with a stale one when fixing', async () => {
    const need = await newNeed();
    const round = await start(need.id);
    await score(steering, need.id, all(1)); // bumps the round's version
    expect((await coordinator.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: all(1) })).statusCode).toBe(428);
    const stale = await coordinator.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: all(1) }, { ifMatch: round.version });
    expect(stale.statusCode).toBe(412);
    expect((await needRow(need.id)).quadrant).toBeNull();
  });

  it('supersedes the current round when a new one starts and keeps both in the history', async () => {
    const need = await newNeed();
    const first = await start(need.id);
    const fixed = (await coordinator.post(`/api/v1/needs/${need.id}/assessment/fix`, { scores: all(1) }, { ifMatch: first.version })).json<TAssessment>();
    expect((await coordinator.post(`/api/v1/needs/${need.id}/assessments`, {})).statusCode).toBe(428);
    expect((await coordinator.post(`/api/v1/needs/${need.id}/assessments`, {}, { ifMatch: first.version })).statusCode).toBe(412);
    const second = await start(need.id, fixed.version);
    expect(second.status).toBe('open');
    expect((await coordinator.get(`/api/v1/needs/${need.id}/assessment`)).json().id).toBe(second.id);

    const history = await viewer.get(`/api/v1/needs/${need.id}/assessments`);
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((a: TAssessment) => [a.id, a.status])).toEqual([
      [second.id, 'open'],
      [first.id, 'superseded'],
    ]);
    expect(history.json().items[1].derived).toMatchObject({ quadrant: 'doNow' });
    // The need keeps the last agreed result until the new round is fixed.
    expect((await needRow(need.id)).quadrant).toBe('doNow');
  });

  it('refuses to start a round for a merged or decided need', async () => {
    for (const status of ['merged', 'approved', 'rejected']) {
      const need = await newNeed({ status });
      const response = await coordinator.post(`/api/v1/needs/${need.id}/assessments`, {});
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('invalid_state');
    }
  });

  it('answers 404 on every assessment route when a member of another organisation asks', async () => {
    const need = await newNeed();
    const round = await start(need.id);
    const base = `/api/v1/needs/${need.id}`;
    const responses = [
      await outsider.get(`${base}/assessment`),
      await outsider.get(`${base}/assessments`),
      await outsider.post(`${base}/assessments`, {}, { ifMatch: round.version }),
      await outsider.put(`${base}/assessment/my-scores`, { scores: all(1) }),
      await outsider.post(`${base}/assessment/fix`, { scores: all(1) }, { ifMatch: round.version }),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404]);
  });
});
