import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TInitiativeProcess } from '@domain/process.contracts';
import type { TRiskAnalysis } from '@domain/risks.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization } from '@test/factories';
import { initiativeThroughDecision } from '@test/initiatives';

const problematicEthics = {
  technologies: ['camera'],
  privacyNote: 'Kameran visar bild bara vid avtalade tider.',
  consentHandling: 'Skriftligt samtycke före start, kan återkallas.',
  consentIncapable: 'Ingen kamera för den som inte kan samtycka; ordinarie tillsyn i stället.',
  problematic: true,
  judgement: 'Kamera i hemmet är integritetskänsligt.',
  councilDecisionDate: null,
  councilDecisionReference: null,
};

describe('technology judged ethically problematic', () => {
  let t: TestApp;
  let coordinator: ApiClient;
  let id: string;

  const state = async () => (await coordinator.get(`/api/v1/initiatives/${id}/process`)).json<TInitiativeProcess>();
  const advance = async (overrideReason?: string) => {
    const { version } = await state();
    return coordinator.post(`/api/v1/initiatives/${id}/stage-transitions`, { action: 'advance', ...(overrideReason ? { overrideReason } : {}) }, { ifMatch: version });
  };
  const recordEthics = async (body: object) => {
    const analysis = await coordinator.get(`/api/v1/initiatives/${id}/risk-analysis`);
    const response = await coordinator.put(`/api/v1/initiatives/${id}/risk-analysis/ethics`, body, { ifMatch: analysis.headers.etag as string });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<TRiskAnalysis>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrganization(t.db);
    const c = await buildMember(t.db, org.id, ['coordinator']);
    coordinator = await logInAs(t.app, c.email, c.password);
    id = await initiativeThroughDecision(t.db, org, coordinator, { form: 'project', title: 'Tillsynskameror i ordinärt boende' });
    for (let stage = 1; stage < 3; stage++) expect((await advance('Dokumenten finns i diariet.')).statusCode).toBe(200);
    await recordEthics(problematicEthics);
  });
  afterAll(async () => t.close());

  it('cannot start test and introduction without the nämnd’s decision, not even with a written reason', async () => {
    const gate = (await state()).nextGate!;
    expect(gate.missing.find((item) => item.code === 'ethics.council_decision')).toMatchObject({ blocking: true });
    const response = await advance('Vi tar ansvar för det.');
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([expect.objectContaining({ code: 'ethics.council_decision' })]);
    expect((await state()).stage).toBe(3);
  });

  it('moves on once the nämnd’s decision is recorded (other items still passed with a reason)', async () => {
    await recordEthics({ ...problematicEthics, councilDecisionDate: '2026-10-01', councilDecisionReference: 'SN § 42/2026' });
    expect((await state()).nextGate!.missing.map((item) => item.code)).not.toContain('ethics.council_decision');
    const response = await advance('Projektplanen finns i diariet.');
    expect(response.statusCode, response.body).toBe(200);
    expect((await state()).stage).toBe(4);
  });
});
