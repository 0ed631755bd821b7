import type { Role } from '@domain/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInSweden, type TDecision, type TDecisionPage, type TInitiative } from '@domain/decisions.contracts';
import type { TTimelineEvent } from '@domain/process.contracts';
import { buildOrganization, logInNewMember, type TestOrganization } from '@test/factories';
import { initiativeThroughDecision } from '@test/initiatives';
import { createTestApp, type ApiClient, type TestApp } from '@test/test-app';
import { auditOf } from '@server/modules/needs/needs.test-support';

describe('editing an initiative and correcting a decision after it was taken', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let staff: ApiClient;
  let outsider: ApiClient;

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

  const edit = (over: Record<string, unknown> = {}) => ({
    title: 'Digital nattillsyn i hela hemtjänsten',
    description: 'Kameror ersätter nattliga tillsynsbesök där brukaren vill.',
    ownerName: 'Bertil Områdeschef',
    plannedStartYear: 2026,
    plannedEndYear: 2028,
    ...over,
  });
  const timelineOf = async (id: string) => (await staff.get(`/api/v1/initiatives/${id}/timeline`)).json<{ items: TTimelineEvent[] }>().items;
  const decisionsOf = async (needId: string) => {
    const response = await coordinator.get(`/api/v1/needs/${needId}/decisions`);
    return { etag: response.headers.etag as string, items: response.json<{ items: TDecision[] }>().items };
  };

  it('lets the utvecklingsledare change title, description, owner and years with If-Match, shown on the timeline', async () => {
    const id = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Digital nattillsyn' });
    const url = `/api/v1/initiatives/${id}`;
    const before = (await staff.get(url)).json<TInitiative>();
    expect(before).toMatchObject({ description: '', plannedEndYear: null });

    expect((await coordinator.put(url, edit())).statusCode).toBe(428);
    const saved = await coordinator.put(url, edit(), { ifMatch: before.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<TInitiative>()).toMatchObject({ ...edit(), version: before.version + 1 });
    expect(saved.headers.etag).toBe(`"${before.version + 1}"`);
    expect((await coordinator.put(url, edit({ title: 'Något annat' }), { ifMatch: before.version })).statusCode).toBe(412);

    const timeline = await timelineOf(id);
    expect(timeline.at(-1)).toMatchObject({ kind: 'initiative.edited', payload: { fields: ['title', 'description', 'ownerName', 'plannedEndYear'] } });
    const audit = await auditOf(t.db, id);
    expect(audit.at(-1)).toMatchObject({ action: 'initiative.updated', before: { title: 'Digital nattillsyn', ownerName: 'Anna Ägare' }, after: { title: edit().title, ownerName: 'Bertil Områdeschef' } });
  });

  it('refuses staff not named on the initiative (403), another organisation (404), and an end year before the start (400)', async () => {
    const id = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Läkemedelsrobotar' });
    const url = `/api/v1/initiatives/${id}`;
    expect((await staff.put(url, edit(), { ifMatch: 1 })).statusCode).toBe(403);
    expect((await outsider.put(url, edit(), { ifMatch: 1 })).statusCode).toBe(404);
    const bad = await coordinator.put(url, edit({ plannedStartYear: 2027, plannedEndYear: 2026 }), { ifMatch: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'body.plannedEndYear' })]);
    expect((await staff.get(url)).json<TInitiative>().title).toBe('Läkemedelsrobotar');
  });

  it('corrects a decision to proceed into uppdrag with another owner: both decisions in the log, the old one replaced, the initiative following', async () => {
    const id = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Nyckelfria lås' });
    const initiative = (await staff.get(`/api/v1/initiatives/${id}`)).json<TInitiative>();
    const { etag, items } = await decisionsOf(initiative.needId);
    const old = items[0]!;
    const body = { outcome: 'proceed', form: 'assignment', ownerName: 'Cecilia Enhetschef', plannedStartYear: 2027, rationale: 'Uppdrag till enhetschefen.', decisionDate: todayInSweden(), correctionReason: 'Protokollet säger uppdrag, inte projekt.' };

    expect((await staff.post(`/api/v1/decisions/${old.id}/corrections`, body, { ifMatch: etag })).statusCode).toBe(403);
    expect((await outsider.post(`/api/v1/decisions/${old.id}/corrections`, body, { ifMatch: etag })).statusCode).toBe(404);
    expect((await coordinator.post(`/api/v1/decisions/${old.id}/corrections`, body, { ifMatch: '"999"' })).statusCode).toBe(412);
    const corrected = await coordinator.post(`/api/v1/decisions/${old.id}/corrections`, body, { ifMatch: etag });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const decision = corrected.json<TDecision>();
    expect(decision).toMatchObject({ outcome: 'proceed', form: 'assignment', supersedesId: old.id, supersededBy: null, initiativeId: id });
    expect(decision.snapshot).toMatchObject({ scores: old.snapshot.scores, form: 'assignment' });

    const log = (await staff.get('/api/v1/decisions')).json<TDecisionPage>().items;
    expect(log.find((item) => item.id === old.id)).toMatchObject({ supersededBy: { id: decision.id } });
    expect(log.find((item) => item.id === decision.id)).toMatchObject({ supersedesId: old.id });
    expect((await staff.get(`/api/v1/initiatives/${id}`)).json<TInitiative>()).toMatchObject({ form: 'assignment', ownerName: 'Cecilia Enhetschef', plannedStartYear: 2027, decisionId: decision.id });
    expect((await timelineOf(id)).at(-1)).toMatchObject({ kind: 'decision.corrected', payload: { reason: 'Protokollet säger uppdrag, inte projekt.' } });
    expect((await auditOf(t.db, initiative.needId)).at(-1)).toMatchObject({ action: 'decision.corrected', before: { decisionId: old.id }, after: { decisionId: decision.id, reason: 'Protokollet säger uppdrag, inte projekt.' } });

    const again = await coordinator.post(`/api/v1/decisions/${old.id}/corrections`, body, { ifMatch: (await decisionsOf(initiative.needId)).etag });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a correction that does not say why (400 naming correctionReason), and nothing changes', async () => {
    const id = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Digital signering av journaler' });
    const { needId } = (await staff.get(`/api/v1/initiatives/${id}`)).json<TInitiative>();
    const { etag, items } = await decisionsOf(needId);
    const body = { outcome: 'proceed', form: 'improvement', ownerName: 'Verksamhetschef', plannedStartYear: 2027, rationale: 'Liten förändring.', decisionDate: todayInSweden() };
    const response = await coordinator.post(`/api/v1/decisions/${items[0]!.id}/corrections`, body, { ifMatch: etag });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.correctionReason' })]);
    expect((await decisionsOf(needId)).items).toHaveLength(1);
  });

  it('withdraws an initiative that has not started when its decision is corrected to a rejection', async () => {
    const id = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Digitala lås i särskilt boende' });
    const { needId } = (await staff.get(`/api/v1/initiatives/${id}`)).json<TInitiative>();
    const { etag, items } = await decisionsOf(needId);
    const response = await coordinator.post(`/api/v1/decisions/${items[0]!.id}/corrections`, { outcome: 'reject', reason: 'OLG avslog behovet.', decisionDate: todayInSweden(), correctionReason: 'Beslutet registrerades fel; OLG avslog.' }, { ifMatch: etag });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<TDecision>()).toMatchObject({ outcome: 'reject', initiativeId: null, supersedesId: items[0]!.id });
    expect((await staff.get(`/api/v1/initiatives/${id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/v1/needs/${needId}`)).json()).toMatchObject({ status: 'rejected' });
    expect((await decisionsOf(needId)).items.map((decision) => decision.outcome)).toEqual(['reject', 'proceed']);
  });

  it('answers 409 naming the progress when a decision is corrected to park an initiative that has moved on', async () => {
    const id = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Sensorer i särskilt boende' });
    expect((await coordinator.post(`/api/v1/initiatives/${id}/risks`, { perspective: 'clients', description: 'Falsklarm.', likelihood: 2, consequence: 2 })).statusCode).toBe(201);
    const { needId } = (await staff.get(`/api/v1/initiatives/${id}`)).json<TInitiative>();
    const { etag, items } = await decisionsOf(needId);
    const parkedUntil = `${Number(todayInSweden().slice(0, 4)) + 1}-06-30`;
    const response = await coordinator.post(`/api/v1/decisions/${items[0]!.id}/corrections`, { outcome: 'park', parkedUntil, rationale: 'Väntar på budget.', decisionDate: todayInSweden(), correctionReason: 'OLG parkerade behovet.' }, { ifMatch: etag });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toContain('already progressed');
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'risks', code: 'has_progressed' })]);
    expect((await staff.get(`/api/v1/initiatives/${id}`)).statusCode).toBe(200);
    expect((await decisionsOf(needId)).items).toHaveLength(1);
  });
});
