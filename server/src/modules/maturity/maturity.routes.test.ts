import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@test/test-app';
import { FAKE_PERSONNUMMER } from '@test/factories';
import { auditEventsOf, buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

type Indicator = { id: string; code: string | null; area: string; text: string; version: number; retired: boolean };

describe('the digital maturity self-assessment', () => {
  let t: TestApp;
  let s: AdminScene;
  let indicators: Indicator[];
  let assessmentId: string;
  const answerUrl = () => `/api/v1/maturity-assessments/${assessmentId}/answers`;

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    indicators = (await s.clients.viewer.get('/api/v1/maturity-indicators')).json().items;
    assessmentId = (await s.clients.coordinator.post('/api/v1/maturity-assessments', { year: 2025, operationAreas: ['overall', 'elderly_care'] })).json().id;
  });
  afterAll(async () => t.close());

  it('gives every organisation Digiplan’s own set of about forty indicators in four areas, copied once', async () => {
    expect(indicators.length).toBeGreaterThanOrEqual(38);
    expect(new Set(indicators.map((i) => i.area))).toEqual(new Set(['leadership', 'infrastructure', 'competence', 'usage']));
    expect((await s.clients.admin.get('/api/v1/maturity-indicators')).json().items).toHaveLength(indicators.length);
    expect((await s.clients.otherAdmin.get('/api/v1/maturity-indicators')).json().items.map((i: Indicator) => i.id)).not.toContain(indicators[0]!.id);
  });

  it('shows who set each rating and when, and never lets a second person overwrite a rating silently', async () => {
    const first = await s.clients.coordinator.put(answerUrl(), { indicatorId: indicators[0]!.id, operationArea: 'overall', rating: 'started', comment: 'Planen finns men följs inte upp' }, { ifMatch: 0 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ rating: 'started', version: 1, setBy: { name: 'Cecilia Utvecklingsledare' }, indicatorText: indicators[0]!.text });
    // The administrator had the form open before the coordinator saved: her answer is refused with the coordinator's.
    const stale = await s.clients.admin.put(answerUrl(), { indicatorId: indicators[0]!.id, operationArea: 'overall', rating: 'achieved' }, { ifMatch: 0 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'precondition_failed', current: { rating: 'started', comment: 'Planen finns men följs inte upp', setBy: { name: 'Cecilia Utvecklingsledare' } } });
    const changed = await s.clients.admin.put(answerUrl(), { indicatorId: indicators[0]!.id, operationArea: 'overall', rating: 'almost' }, { ifMatch: 1 });
    expect(changed.json()).toMatchObject({ rating: 'almost', version: 2, setBy: { name: 'Anna Administratör' } });
    expect((await s.clients.coordinator.put(answerUrl(), { indicatorId: indicators[0]!.id, operationArea: 'overall', rating: 'planned' }, { ifMatch: 1 })).statusCode).toBe(412);
    const events = await auditEventsOf(t.db, assessmentId);
    expect(events.map((e) => e.action)).toEqual(['maturity_assessment.created', 'maturity_answer.set', 'maturity_answer.changed']);
  });

  it('refuses a personnummer in a comment, a verksamhetsområde outside the assessment, a staff member and another organisation', async () => {
    const body = { indicatorId: indicators[1]!.id, operationArea: 'overall', rating: 'planned', comment: `Gäller ${FAKE_PERSONNUMMER}` };
    expect((await s.clients.coordinator.put(answerUrl(), body, { ifMatch: 0 })).json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.comment' }] });
    expect((await s.clients.coordinator.put(answerUrl(), { ...body, comment: '', operationArea: 'disability' }, { ifMatch: 0 })).statusCode).toBe(400);
    expect((await s.clients.coordinator.put(answerUrl(), { ...body, comment: '' })).statusCode).toBe(428);
    expect((await s.clients.staff.put(answerUrl(), { ...body, comment: '' }, { ifMatch: 0 })).statusCode).toBe(403);
    expect((await s.clients.otherAdmin.put(answerUrl(), { ...body, comment: '' }, { ifMatch: 0 })).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.get(`/api/v1/maturity-assessments/${assessmentId}`)).statusCode).toBe(404);
    expect((await s.clients.coordinator.put(answerUrl(), { ...body, rating: 'kanske', comment: '' }, { ifMatch: 0 })).statusCode).toBe(400);
  });

  it('keeps the wording an answer was given with when the administrator rewords the indicator', async () => {
    const indicator = indicators[2]!;
    await s.clients.coordinator.put(answerUrl(), { indicatorId: indicator.id, operationArea: 'elderly_care', rating: 'achieved' }, { ifMatch: 0 });
    const reworded = await s.clients.admin.put(`/api/v1/maturity-indicators/${indicator.id}`, { text: 'Ny formulering av indikatorn om prioritering', retired: false }, { ifMatch: indicator.version });
    expect(reworded.json()).toMatchObject({ text: 'Ny formulering av indikatorn om prioritering', version: 2 });
    expect((await s.clients.staff.put(`/api/v1/maturity-indicators/${indicator.id}`, { text: 'Något annat helt och hållet', retired: false }, { ifMatch: 2 })).statusCode).toBe(403);
    const assessment = (await s.clients.viewer.get(`/api/v1/maturity-assessments/${assessmentId}`)).json();
    expect(assessment.answers.find((a: { indicatorId: string }) => a.indicatorId === indicator.id).indicatorText).toBe(indicator.text);
    expect(assessment.indicators.find((i: Indicator) => i.id === indicator.id).text).toBe('Ny formulering av indikatorn om prioritering');
    const retired = await s.clients.admin.put(`/api/v1/maturity-indicators/${indicator.id}`, { text: 'Ny formulering av indikatorn om prioritering', retired: true }, { ifMatch: 2 });
    expect(retired.json()).toMatchObject({ retired: true });
    expect((await s.clients.viewer.get('/api/v1/maturity-indicators')).json().items.map((i: Indicator) => i.id)).not.toContain(indicator.id);
    // The old assessment still shows the retired indicator it answered.
    expect((await s.clients.viewer.get(`/api/v1/maturity-assessments/${assessmentId}`)).json().indicators.map((i: Indicator) => i.id)).toContain(indicator.id);
    const added = await s.clients.admin.post('/api/v1/maturity-indicators', { area: 'usage', text: 'Vi använder digitala tillsynskameror nattetid' });
    expect(added.json()).toMatchObject({ code: null, area: 'usage', retired: false });
  });

  it('turns a planned indicator into a need linked both ways, and next year shows what became of it', async () => {
    const indicator = indicators[3]!;
    await s.clients.coordinator.put(answerUrl(), { indicatorId: indicator.id, operationArea: 'elderly_care', rating: 'planned', comment: 'Vi saknar nyttokalkyler' }, { ifMatch: 0 });
    const achieved = await s.clients.coordinator.post(`/api/v1/maturity-assessments/${assessmentId}/needs`, { indicatorId: indicators[0]!.id, operationArea: 'overall' });
    expect(achieved.json()).toMatchObject({ errors: [{ code: 'not_planned_or_not_started' }] });
    const created = await s.clients.coordinator.post(`/api/v1/maturity-assessments/${assessmentId}/needs`, { indicatorId: indicator.id, operationArea: 'elderly_care' });
    expect(created.statusCode).toBe(201);
    const need = (await s.clients.viewer.get(`/api/v1/needs/${created.json().needId}`)).json();
    expect(need.title).toContain(indicator.text.slice(0, 40));
    expect(need.problem).toContain('Vi saknar nyttokalkyler');
    const again = await s.clients.coordinator.post(`/api/v1/maturity-assessments/${assessmentId}/needs`, { indicatorId: indicator.id, operationArea: 'elderly_care' });
    expect(again.json().needId).toBe(created.json().needId);
    const nextYear = (await s.clients.coordinator.post('/api/v1/maturity-assessments', { year: 2026, operationAreas: ['overall', 'elderly_care'] })).json();
    const shown = (await s.clients.viewer.get(`/api/v1/maturity-assessments/${nextYear.id}`)).json();
    expect(shown.linkedNeeds).toEqual([{ indicatorId: indicator.id, operationArea: 'elderly_care', assessmentId, need: { id: created.json().needId, number: need.number, title: need.title, status: 'submitted' } }]);
    expect(shown.previous).toMatchObject({ id: assessmentId, year: 2025 });
    expect(shown.previous.answers).toContainEqual({ indicatorId: indicator.id, operationArea: 'elderly_care', rating: 'planned' });
    expect((await s.clients.viewer.get(`/api/v1/maturity/need-links?needId=${created.json().needId}`)).json().items).toMatchObject([{ indicatorId: indicator.id, operationArea: 'elderly_care', assessmentId, indicatorText: indicator.text, year: 2025 }]);
  });

  it('summarises shares and the index with its formula, what changed since last year, and exports every comment', async () => {
    const [older, newer] = (await s.clients.viewer.get('/api/v1/maturity/history')).json().items;
    expect(older).toMatchObject({ year: 2025 });
    expect(newer).toMatchObject({ year: 2026, overall: null });
    const newerId = newer.id;
    await s.clients.coordinator.put(`/api/v1/maturity-assessments/${newerId}/answers`, { indicatorId: indicators[3]!.id, operationArea: 'elderly_care', rating: 'achieved' }, { ifMatch: 0 });
    const results = (await s.clients.viewer.get(`/api/v1/maturity-assessments/${newerId}/results`)).json();
    expect(results.formula).toContain('ej relevant');
    expect(results.overall).toMatchObject({ index: 100, answered: 1 });
    expect(results.changes).toContainEqual(expect.objectContaining({ indicatorId: indicators[3]!.id, operationArea: 'elderly_care', before: 'planned', after: 'achieved', direction: 'better' }));
    expect(results.comparison.overall).toMatchObject({ average: null, reason: 'not_opted_in' });
    const oldResults = (await s.clients.viewer.get(`/api/v1/maturity-assessments/${assessmentId}/results`)).json();
    // almost (75) + achieved (100) + planned (25): (75 + 100 + 25) / 3 = 66.7
    expect(oldResults.overall.index).toBe(67);
    expect(oldResults.byOperationArea.overall.index).toBe(75);
    const csv = (await s.clients.viewer.get(`/api/v1/maturity-assessments/${assessmentId}/export?format=csv`)).rawPayload.toString('utf8');
    expect(csv).toContain('Nästan där');
    expect(csv).toContain('Vi saknar nyttokalkyler');
    const xlsx = await s.clients.viewer.get(`/api/v1/maturity-assessments/${assessmentId}/export`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await auditEventsOf(t.db, assessmentId)).at(-1)).toMatchObject({ action: 'maturity_assessment.exported' });
  });
});
