import type { Role } from '@domain/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { todayInSweden } from '@domain/decisions.contracts';
import { DELETION_MARKER } from '@domain/needs.contracts';
import type { TPlan } from '@domain/plans.contracts';
import { buildOrganization, logInNewMember } from '@test/factories';
import { createTestApp, type ApiClient, type TestApp } from '@test/test-app';
import { placesHolding } from '@test/whole-database';
import { auditOf, submitThroughApi } from '@server/modules/needs/needs.test-support';

const ones: TScores = { competence: 1, leadershipSupport: 1, complexity: 1, financing: 1, savings: 1, quality: 1, mandatoryRequirement: 1, goalFulfilment: 1 };

describe('deleting a need that was never decided, and a comment', () => {
  let t: TestApp;
  let coordinator: ApiClient;
  let submitter: ApiClient;
  let colleague: ApiClient;
  let outsider: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrganization(t.db);
    const otherOrg = await buildOrganization(t.db);
    const as = (organizationId: string, roles: Role[]) => logInNewMember(t, organizationId, roles);
    coordinator = await as(org.id, ['coordinator']);
    submitter = await as(org.id, ['staff']);
    colleague = await as(org.id, ['staff']);
    outsider = await as(otherOrg.id, ['coordinator']);
  });
  afterAll(async () => t.close());

  const fixAssessment = async (needId: string) => {
    const round = (await coordinator.post(`/api/v1/needs/${needId}/assessments`, {})).json<TAssessment>();
    expect((await coordinator.post(`/api/v1/needs/${needId}/assessment/fix`, { scores: ones }, { ifMatch: round.version })).statusCode).toBe(200);
  };

  it('lets the submitter delete her own need, audited with its number and title but not its texts', async () => {
    const problem = 'Unik problemtext Mnbvcxsson som ska försvinna.';
    const need = await submitThroughApi(submitter, { problem });
    const response = await submitter.delete(`/api/v1/needs/${need.id}`);
    expect(response.statusCode).toBe(204);
    expect((await submitter.get(`/api/v1/needs/${need.id}`)).statusCode).toBe(404);
    const audit = await auditOf(t.db, need.id);
    expect(audit.at(-1)).toMatchObject({ action: 'need.deleted', actorId: submitter.userId, before: { id: need.id, number: need.number, title: need.title }, after: null });
    expect(audit[0]?.after).toMatchObject({ problem: DELETION_MARKER, title: need.title });
    expect(await placesHolding(t.adminUrl, problem)).toEqual([]);
  });

  it('lets a coordinator delete a colleague’s need with its comments, supporters and an unscored open round', async () => {
    const need = await submitThroughApi(submitter);
    await colleague.post(`/api/v1/needs/${need.id}/comments`, { body: 'Samma här.' });
    expect((await colleague.put(`/api/v1/needs/${need.id}/support`)).statusCode).toBe(204);
    expect((await coordinator.post(`/api/v1/needs/${need.id}/assessments`, {})).statusCode).toBe(201);
    expect((await coordinator.get(`/api/v1/needs/${need.id}`)).json().permissions).toMatchObject({ canDelete: true });
    expect((await coordinator.delete(`/api/v1/needs/${need.id}`)).statusCode).toBe(204);
    expect((await coordinator.get(`/api/v1/needs/${need.id}`)).statusCode).toBe(404);
  });

  it('answers 403 when a colleague who did not submit the need tries to delete it', async () => {
    const need = await submitThroughApi(submitter);
    expect((await colleague.get(`/api/v1/needs/${need.id}`)).json().permissions).toMatchObject({ canDelete: false });
    expect((await colleague.delete(`/api/v1/needs/${need.id}`)).statusCode).toBe(403);
    expect((await colleague.get(`/api/v1/needs/${need.id}`)).statusCode).toBe(200);
  });

  it('answers 404 when a coordinator of another organisation tries to delete a need or a comment', async () => {
    const need = await submitThroughApi(submitter);
    const comment = (await colleague.post(`/api/v1/needs/${need.id}/comments`, { body: 'En kommentar.' })).json<{ id: string }>();
    expect((await outsider.delete(`/api/v1/needs/${need.id}`)).statusCode).toBe(404);
    expect((await outsider.delete(`/api/v1/needs/${need.id}/comments/${comment.id}`)).statusCode).toBe(404);
    expect((await submitter.get(`/api/v1/needs/${need.id}/comments`)).json().items).toHaveLength(1);
  });

  it('answers 409 naming the scored assessment when the need has been assessed', async () => {
    const need = await submitThroughApi(submitter);
    await fixAssessment(need.id);
    const response = await coordinator.delete(`/api/v1/needs/${need.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'assessments', code: 'has_dependants' })]);
  });

  it('answers 409 naming the decision and the initiative when the need was decided', async () => {
    const need = await submitThroughApi(submitter);
    await fixAssessment(need.id);
    const etag = (await coordinator.get(`/api/v1/needs/${need.id}/decisions`)).headers.etag as string;
    const decided = await coordinator.post(
      `/api/v1/needs/${need.id}/decisions`,
      { outcome: 'proceed', form: 'project', ownerName: 'Anna Ägare', plannedStartYear: 2026, rationale: 'Ja.', decisionDate: todayInSweden() },
      { ifMatch: etag },
    );
    expect(decided.statusCode).toBe(201);
    expect((await coordinator.get(`/api/v1/needs/${need.id}`)).json().permissions).toMatchObject({ canDelete: false });
    const response = await coordinator.delete(`/api/v1/needs/${need.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().errors.map((issue: { path: string }) => issue.path)).toEqual(['decisions', 'assessments', 'initiative']);
  });

  it('answers 409 naming the plan item when a plan depends on the need', async () => {
    const need = await submitThroughApi(submitter);
    await fixAssessment(need.id);
    const plan = (await coordinator.post('/api/v1/plans', { title: 'Digitaliseringsplan 2026–2028', startYear: 2026, endYear: 2028, sections: { introduction: 'Planen.' } })).json<TPlan>();
    const item = await coordinator.post(`/api/v1/plans/${plan.id}/items`, {
      needId: need.id,
      title: 'Nattillsyn',
      what: 'Kameror.',
      why: 'Sömn.',
      how: 'Upphandla.',
      expectedBenefit: 'Bättre sömn',
      timing: { kind: 'year', year: 2026 },
      horizon: 'short',
      cost: { low: '100000', high: null, recurrence: 'one_off', note: '' },
    });
    expect(item.statusCode, item.body).toBe(201);
    const response = await coordinator.delete(`/api/v1/needs/${need.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().errors.map((issue: { path: string }) => issue.path)).toEqual(['assessments', 'planItems']);
  });

  it('answers 409 naming the merged needs when a duplicate was merged into the need', async () => {
    const target = await submitThroughApi(submitter);
    const duplicate = await submitThroughApi(colleague);
    expect((await coordinator.post(`/api/v1/needs/${duplicate.id}/merge`, { targetNeedId: target.id }, { ifMatch: duplicate.version })).statusCode).toBe(200);
    const response = await coordinator.delete(`/api/v1/needs/${target.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().errors.map((issue: { path: string }) => issue.path)).toEqual(['mergedNeeds']);
    expect((await colleague.delete(`/api/v1/needs/${duplicate.id}`)).statusCode).toBe(409);
  });

  it('lets the author delete her comment, audited without its body, which is then nowhere in the database', async () => {
    const body = 'Kommentar om Lkjhgsson som ska bort.';
    const need = await submitThroughApi(submitter);
    const comment = (await colleague.post(`/api/v1/needs/${need.id}/comments`, { body })).json<{ id: string }>();
    expect((await colleague.delete(`/api/v1/needs/${need.id}/comments/${comment.id}`)).statusCode).toBe(204);
    expect((await submitter.get(`/api/v1/needs/${need.id}/comments`)).json().items).toEqual([]);
    expect((await submitter.get(`/api/v1/needs/${need.id}`)).json().commentCount).toBe(0);
    const audit = await auditOf(t.db, need.id);
    expect(audit.at(-1)).toMatchObject({ action: 'need.comment_deleted', actorId: colleague.userId, before: { commentId: comment.id, authorId: colleague.userId } });
    expect(await placesHolding(t.adminUrl, body)).toEqual([]);
  });

  it('lets a coordinator delete anyone’s comment but refuses a colleague someone else’s (403)', async () => {
    const need = await submitThroughApi(submitter);
    const comment = (await submitter.post(`/api/v1/needs/${need.id}/comments`, { body: 'Min kommentar.' })).json<{ id: string }>();
    expect((await colleague.delete(`/api/v1/needs/${need.id}/comments/${comment.id}`)).statusCode).toBe(403);
    expect((await coordinator.delete(`/api/v1/needs/${need.id}/comments/${comment.id}`)).statusCode).toBe(204);
    expect((await coordinator.delete(`/api/v1/needs/${need.id}/comments/${comment.id}`)).statusCode).toBe(404);
  });
});
