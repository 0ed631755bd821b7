import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCalculation } from '@domain/cost-benefit.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, type TestOrganization } from '@test/factories';
import { initiativeThroughDecision } from '@test/initiatives';
import { findInitiative } from '@server/modules/initiatives/initiatives.repository';
import { inPlatform } from '@server/platform/tenancy/context';

describe('the nyttokalkyl starting from the need’s estimated cost', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;

  /** An initiative whose need the coordinator gave `costEstimate` (after the decision, as corrections are). */
  async function initiativeWithEstimate(title: string, costEstimate: unknown): Promise<string> {
    const initiativeId = await initiativeThroughDecision(t.db, org, coordinator, { title, plannedStartYear: 2027 });
    const initiative = await inPlatform(t.db, (tx) => findInitiative(tx, { organizationId: org.id }, initiativeId));
    const need = await coordinator.get(`/api/v1/needs/${initiative!.needId}`);
    const patched = await coordinator.patch(`/api/v1/needs/${initiative!.needId}`, { costEstimate }, { ifMatch: need.json().version });
    expect(patched.statusCode, patched.body).toBe(200);
    return initiativeId;
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const member = await buildMember(t.db, org.id, ['coordinator']);
    coordinator = await logInAs(t.app, member.email, member.password);
  });
  afterAll(async () => t.close());

  it('shows a coordinator an unsaved calculation starting with a yearly cost line from the need’s estimate', async () => {
    const initiativeId = await initiativeWithEstimate('Digital tillsyn', { low: '4000000', high: '6000000', recurrence: 'per_year', note: 'beroende på lösning' });
    const response = await coordinator.get(`/api/v1/initiatives/${initiativeId}/calculation`);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"0"');
    const calc = response.json<TCalculation>();
    expect(calc).toMatchObject({ exists: false, version: 0, startYear: 2027, years: 5 });
    expect(calc.costs).toEqual([{ kind: 'running_yearly', label: 'beroende på lösning', fromYear: 2027, toYear: 2031, quantity: 1, unitAmount: '6000000' }]);
  });

  it('starts a one-off estimate as an investment in the start year, and keeps what the user saves instead', async () => {
    const initiativeId = await initiativeWithEstimate('Nyckelfri hemtjänst', { low: '1500000', recurrence: 'one_off', note: 'licens' });
    const url = `/api/v1/initiatives/${initiativeId}/calculation`;
    expect((await coordinator.get(url)).json<TCalculation>().costs).toEqual([
      { kind: 'investment', label: 'licens', fromYear: 2027, toYear: 2027, quantity: 1, unitAmount: '1500000' },
    ]);
    const saved = await coordinator.put(url, { startYear: 2027, years: 3, discountRate: '3', costs: [], benefits: [], outcome: [] }, { ifMatch: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await coordinator.get(url)).json<TCalculation>()).toMatchObject({ exists: true, costs: [] });
  });
});
