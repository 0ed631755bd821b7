import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERSONNUMMER } from '@test/factories';
import type { TRisk, TRiskAnalysis } from '@domain/risks.contracts';
import { createTestApp, type TestApp } from '@test/test-app';
import { inTenant } from '@server/platform/tenancy/context';
import { auditActions, buildInitiativeWorld, type InitiativeWorld } from '@server/modules/initiative-access/initiative-work.test-support';
import { loadRiskAndEthicsFacts } from '@server/modules/risks/load-risk-and-ethics-facts';

const risk = { perspective: 'clients', description: 'Brukaren upplever kameran som övervakning.', likelihood: 3, consequence: 4, measures: 'Samtal före start.', ownerName: 'Anna Ägare', status: 'open' };
const ethics = {
  technologies: ['camera'],
  privacyNote: 'Kameran visar bilder bara vid avtalade tider.',
  consentHandling: 'Skriftligt samtycke före start, kan återkallas när som helst.',
  consentIncapable: 'Ingen kamera för den som inte kan samtycka; ordinarie tillsyn i stället.',
  problematic: true,
  judgement: 'Kamera i hemmet är integritetskänsligt.',
  councilDecisionDate: null,
  councilDecisionReference: null,
};

describe('the risk- och konsekvensanalys of an initiative', () => {
  let t: TestApp;
  let w: InitiativeWorld;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await buildInitiativeWorld(t);
    url = `/api/v1/initiatives/${w.initiativeId}`;
  });
  afterAll(async () => t.close());

  it('lets a coordinator record a risk whose value and level follow from the ratings', async () => {
    const response = await w.coordinator.post(`${url}/risks`, risk);
    expect(response.statusCode).toBe(201);
    expect(response.json<TRisk>()).toMatchObject({ value: 12, level: 'very_high', status: 'open', version: 1 });
    const analysis = (await w.viewer.get(`${url}/risk-analysis`)).json<TRiskAnalysis>();
    expect(analysis.risks.map((r) => r.description)).toContain(risk.description);
    expect(analysis.canEdit).toBe(false);
    expect(await auditActions(w.admin, response.json<TRisk>().id)).toContain('risk.created');
  });

  it('changes a risk only with the current version (428 without If-Match, 412 when stale)', async () => {
    const created = (await w.coordinator.post(`${url}/risks`, { ...risk, description: 'Tekniken fungerar inte nattetid.' })).json<TRisk>();
    const riskUrl = `${url}/risks/${created.id}`;
    const change = { ...risk, description: 'Tekniken fungerar inte nattetid.', likelihood: 1, status: 'in_progress' };
    expect((await w.coordinator.put(riskUrl, change)).statusCode).toBe(428);
    const updated = await w.coordinator.put(riskUrl, change, { ifMatch: 1 });
    expect(updated.statusCode).toBe(200);
    expect(updated.json<TRisk>()).toMatchObject({ value: 4, level: 'medium', status: 'in_progress', version: 2 });
    expect((await w.coordinator.put(riskUrl, change, { ifMatch: 1 })).statusCode).toBe(412);
    expect((await w.coordinator.delete(riskUrl, { ifMatch: 1 })).statusCode).toBe(412);
    expect((await w.coordinator.delete(riskUrl, { ifMatch: 2 })).statusCode).toBe(204);
    expect(await auditActions(w.admin, created.id)).toEqual(expect.arrayContaining(['risk.created', 'risk.updated', 'risk.deleted']));
  });

  it('refuses ratings outside 1–4 and a personnummer in the text, saving nothing', async () => {
    const before = (await w.viewer.get(`${url}/risk-analysis`)).json<TRiskAnalysis>().risks.length;
    expect((await w.coordinator.post(`${url}/risks`, { ...risk, likelihood: 5 })).statusCode).toBe(400);
    expect((await w.coordinator.post(`${url}/risks`, { ...risk, perspective: 'weather' })).statusCode).toBe(400);
    const personal = await w.coordinator.post(`${url}/risks`, { ...risk, description: `Gäller ${FAKE_PERSONNUMMER} (testnummer)` });
    expect(personal.statusCode).toBe(400);
    expect(personal.json().code).toBe('personal_data_suspected');
    expect((await w.viewer.get(`${url}/risk-analysis`)).json<TRiskAnalysis>().risks.length).toBe(before);
  });

  it('refuses staff and viewers who try to change the analysis', async () => {
    expect((await w.staff.post(`${url}/risks`, risk)).statusCode).toBe(403);
    expect((await w.viewer.put(`${url}/risk-analysis/union-consultation`, { consultedOn: '2026-01-10', note: '' }, { ifMatch: 0 })).statusCode).toBe(403);
    expect((await w.staff.put(`${url}/risk-analysis/ethics`, ethics, { ifMatch: 0 })).statusCode).toBe(403);
  });

  it('answers 404 to another organisation, for reading and for writing', async () => {
    expect((await w.outsider.get(`${url}/risk-analysis`)).statusCode).toBe(404);
    expect((await w.outsider.post(`${url}/risks`, risk)).statusCode).toBe(404);
    const someRisk = (await w.viewer.get(`${url}/risk-analysis`)).json<TRiskAnalysis>().risks[0]!;
    expect((await w.outsider.put(`${url}/risks/${someRisk.id}`, risk, { ifMatch: 1 })).statusCode).toBe(404);
    expect((await w.outsider.put(`${url}/risk-analysis/ethics`, ethics, { ifMatch: 0 })).statusCode).toBe(404);
  });

  it('records the union consultation and the ethics, asking for the nämnd’s decision when problematic', async () => {
    const union = await w.coordinator.put(`${url}/risk-analysis/union-consultation`, { consultedOn: '2026-01-10', note: 'Kommunal och Vision informerade på samverkansmötet.' }, { ifMatch: 0 });
    expect(union.statusCode).toBe(200);
    expect(union.headers.etag).toBe('"1"');
    expect((await w.coordinator.put(`${url}/risk-analysis/ethics`, ethics)).statusCode).toBe(428);
    expect((await w.coordinator.put(`${url}/risk-analysis/ethics`, ethics, { ifMatch: 0 })).statusCode).toBe(412);
    const assessed = await w.coordinator.put(`${url}/risk-analysis/ethics`, ethics, { ifMatch: 1 });
    expect(assessed.statusCode).toBe(200);
    expect(assessed.json<TRiskAnalysis>()).toMatchObject({ councilDecisionMissing: true, unionConsultation: { consultedOn: '2026-01-10' }, ethics: { problematic: true, technologies: ['camera'] } });

    const facts = await inTenant({ db: t.db, organizationId: w.org.id }, (tx) => loadRiskAndEthicsFacts(tx, w.org.id, w.initiativeId));
    expect(facts.risk.unionConsultedOn).toBe('2026-01-10');
    expect(facts.risk.riskCount).toBeGreaterThanOrEqual(1);
    expect(facts.ethics).toEqual({ assessed: true, problematic: true, councilDecisionRecorded: false });

    const decided = await w.coordinator.put(`${url}/risk-analysis/ethics`, { ...ethics, councilDecisionDate: '2026-02-01', councilDecisionReference: 'SN § 14/2026' }, { ifMatch: 2 });
    expect(decided.json<TRiskAnalysis>().councilDecisionMissing).toBe(false);
    const after = await inTenant({ db: t.db, organizationId: w.org.id }, (tx) => loadRiskAndEthicsFacts(tx, w.org.id, w.initiativeId));
    expect(after.ethics.councilDecisionRecorded).toBe(true);
    expect(await auditActions(w.admin, w.initiativeId)).toEqual(expect.arrayContaining(['risk_analysis.union_consulted', 'risk_analysis.ethics_assessed']));
  });

  it('refuses a nämnd decision with a date but no reference, a decision in the future and unanswered consent, saving nothing', async () => {
    const etag = (await w.viewer.get(`${url}/risk-analysis`)).headers.etag as string;
    expect((await w.coordinator.put(`${url}/risk-analysis/ethics`, { ...ethics, councilDecisionDate: '2026-02-01' }, { ifMatch: etag })).statusCode).toBe(400);
    expect((await w.coordinator.put(`${url}/risk-analysis/ethics`, { ...ethics, councilDecisionDate: '2999-01-01', councilDecisionReference: 'SN § 1' }, { ifMatch: etag })).statusCode).toBe(400);
    expect((await w.coordinator.put(`${url}/risk-analysis/ethics`, { ...ethics, consentIncapable: '' }, { ifMatch: etag })).statusCode).toBe(400);
    expect((await w.viewer.get(`${url}/risk-analysis`)).headers.etag).toBe(etag);
  });

  it('gives empty facts for an initiative nothing has been recorded for', async () => {
    const facts = await inTenant({ db: t.db, organizationId: w.org.id }, (tx) => loadRiskAndEthicsFacts(tx, w.org.id, '01900000-0000-7000-8000-00000000beef'));
    expect(facts).toEqual({ risk: { riskCount: 0, unionConsultedOn: null }, ethics: { assessed: false, problematic: false, councilDecisionRecorded: false } });
  });
});
