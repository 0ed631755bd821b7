import type { Role } from '@domain/roles';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPlatform } from '@server/platform/tenancy/context';
import { buildOrganization, logInNewMember } from '@test/factories';
import { createTestApp, type ApiClient, type TestApp } from '@test/test-app';
import { auditOf, setNeedColumns, submitThroughApi } from '@server/modules/needs/needs.test-support';

describe('merging a duplicate need', () => {
  let t: TestApp;
  let coordinator: ApiClient;
  let alice: ApiClient;
  let bertil: ApiClient;
  let cecilia: ApiClient;
  let outsider: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrganization(t.db);
    const otherOrg = await buildOrganization(t.db);
    const as = (organizationId: string, roles: Role[]) => logInNewMember(t, organizationId, roles);
    coordinator = await as(org.id, ['coordinator']);
    alice = await as(org.id, ['staff']);
    bertil = await as(org.id, ['staff']);
    cecilia = await as(org.id, ['staff']);
    outsider = await as(otherOrg.id, ['coordinator']);
  });
  afterAll(async () => t.close());

  it('moves supporters and comments to the target, marks the duplicate merged and tells its submitter', async () => {
    const duplicate = await submitThroughApi(alice, { title: 'Nattkameror' });
    const target = await submitThroughApi(bertil, { title: 'Digital nattillsyn' });
    await cecilia.put(`/api/v1/needs/${duplicate.id}/support`);
    await cecilia.put(`/api/v1/needs/${target.id}/support`); // already there: not counted twice
    await bertil.put(`/api/v1/needs/${duplicate.id}/support`); // the target's submitter: not her own supporter
    await cecilia.post(`/api/v1/needs/${duplicate.id}/comments`, { body: 'Samma sak hos oss.' });
    await cecilia.post(`/api/v1/needs/${target.id}/comments`, { body: 'Viktigt!' });

    const response = await coordinator.post(`/api/v1/needs/${duplicate.id}/merge`, { targetNeedId: target.id }, { ifMatch: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.json()).toMatchObject({ id: target.id, version: 2, supporterCount: 2, commentCount: 2 });

    const merged = (await alice.get(`/api/v1/needs/${duplicate.id}`)).json();
    expect(merged).toMatchObject({
      status: 'merged',
      version: 2,
      mergedInto: { id: target.id, number: target.number, title: 'Digital nattillsyn' },
      supporterCount: 0,
      commentCount: 0,
      permissions: { canEdit: false, canComment: false, canSupport: false, canMerge: false },
    });
    expect((await alice.get(`/api/v1/needs/${target.id}`)).json().isSupportedByMe).toBe(true);
    const comments = (await coordinator.get(`/api/v1/needs/${target.id}/comments`)).json().items.map((c: { body: string }) => c.body);
    expect(comments).toEqual(['Samma sak hos oss.', 'Viktigt!']);

    const notifications = (await alice.get('/api/v1/notifications')).json();
    expect(notifications.items[0]).toMatchObject({
      kind: 'need_merged',
      needId: duplicate.id,
      params: { targetNumber: target.number, targetTitle: 'Digital nattillsyn' },
    });
    const events = await auditOf(t.db, duplicate.id);
    expect(events.at(-1)).toMatchObject({ action: 'need.merged', before: { status: 'submitted' }, after: { status: 'merged', mergedIntoId: target.id, supportersMoved: 1, commentsMoved: 1 } });
  });

  it('refuses, with 409 and nothing changed, when a samordnare merges a need into itself', async () => {
    const need = await submitThroughApi(alice);
    const response = await coordinator.post(`/api/v1/needs/${need.id}/merge`, { targetNeedId: need.id }, { ifMatch: 1 });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'invalid_state', detail: 'A need cannot be merged into itself.' });
    expect((await coordinator.get(`/api/v1/needs/${need.id}`)).json()).toMatchObject({ status: 'submitted', version: 1, mergedInto: null });
    expect((await auditOf(t.db, need.id)).map((e) => e.action)).not.toContain('need.merged');
  });

  it('refuses to merge into a need that has itself been merged', async () => {
    const need = await submitThroughApi(alice);
    const gone = await submitThroughApi(bertil);
    await setNeedColumns(t.db, gone.id, { status: 'merged' });
    expect((await coordinator.post(`/api/v1/needs/${need.id}/merge`, { targetNeedId: gone.id }, { ifMatch: 1 })).statusCode).toBe(409);
  });

  it.each(['approved', 'rejected', 'merged'] as const)('refuses to merge a need that is %s', async (status) => {
    const need = await submitThroughApi(alice);
    const target = await submitThroughApi(bertil);
    await setNeedColumns(t.db, need.id, { status });
    expect((await coordinator.post(`/api/v1/needs/${need.id}/merge`, { targetNeedId: target.id }, { ifMatch: 1 })).statusCode).toBe(409);
  });

  it('answers 428 without If-Match and 412 when the duplicate changed since it was read', async () => {
    const need = await submitThroughApi(alice);
    const target = await submitThroughApi(bertil);
    expect((await coordinator.post(`/api/v1/needs/${need.id}/merge`, { targetNeedId: target.id })).statusCode).toBe(428);
    await alice.patch(`/api/v1/needs/${need.id}`, { title: 'Ändrad under tiden' }, { ifMatch: 1 });
    expect((await coordinator.post(`/api/v1/needs/${need.id}/merge`, { targetNeedId: target.id }, { ifMatch: 1 })).statusCode).toBe(412);
  });

  it('answers 403 when a medarbetare tries to merge', async () => {
    const need = await submitThroughApi(alice);
    const target = await submitThroughApi(bertil);
    expect((await alice.post(`/api/v1/needs/${need.id}/merge`, { targetNeedId: target.id }, { ifMatch: 1 })).statusCode).toBe(403);
  });

  it('returns 404 when either need belongs to another organisation', async () => {
    const need = await submitThroughApi(alice);
    const target = await submitThroughApi(bertil);
    expect((await outsider.post(`/api/v1/needs/${need.id}/merge`, { targetNeedId: target.id }, { ifMatch: 1 })).statusCode).toBe(404);
    const foreign = await submitThroughApi(outsider);
    const intoForeign = await coordinator.post(`/api/v1/needs/${need.id}/merge`, { targetNeedId: foreign.id }, { ifMatch: 1 });
    expect(intoForeign.statusCode).toBe(404);
    expect(intoForeign.json().errors).toEqual([{ path: 'body.targetNeedId', code: 'not_found' }]);
  });

  // Ids are uuidv7, so an earlier need sorts first; the merge locks rows in id order, and a missing
  // target that sorts first once made the duplicate its own target.
  it.each([
    ['does not exist', async () => '00000000-0000-7000-8000-000000000000'],
    ['belongs to another organisation and was submitted earlier', async () => (await submitThroughApi(outsider)).id],
  ])('answers 404 and changes nothing when a samordnare merges into a need that %s', async (_, targetId) => {
    const foreignOrMissing = await targetId();
    const need = await submitThroughApi(alice);
    expect(foreignOrMissing < need.id).toBe(true);
    const before = (await coordinator.get(`/api/v1/needs/${need.id}`)).json();

    const response = await coordinator.post(`/api/v1/needs/${need.id}/merge`, { targetNeedId: foreignOrMissing }, { ifMatch: 1 });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toEqual([{ path: 'body.targetNeedId', code: 'not_found' }]);

    const after = await coordinator.get(`/api/v1/needs/${need.id}`);
    expect(after.json()).toEqual(before);
    expect(after.json()).toMatchObject({ status: 'submitted', version: 1, mergedInto: null });
    expect((await auditOf(t.db, need.id)).map((e) => e.action)).not.toContain('need.merged');
    expect((await coordinator.post(`/api/v1/needs/${need.id}/merge`, { targetNeedId: (await submitThroughApi(bertil)).id }, { ifMatch: 1 })).statusCode).toBe(200);
  });

  it('answers 400 when the target is not a uuid', async () => {
    const need = await submitThroughApi(alice);
    const response = await coordinator.post(`/api/v1/needs/${need.id}/merge`, { targetNeedId: 'B-12' }, { ifMatch: 1 });
    expect(response.statusCode).toBe(400);
  });

  it('keeps every need’s stored supporter and comment counts equal to what it really has after supports, withdrawals, comments and merges', async () => {
    const a = await submitThroughApi(alice, { title: 'Larm som inte hörs' });
    const b = await submitThroughApi(bertil, { title: 'Trygghetslarm i ordinärt boende' });
    await cecilia.put(`/api/v1/needs/${a.id}/support`);
    await cecilia.delete(`/api/v1/needs/${a.id}/support`);
    await bertil.put(`/api/v1/needs/${a.id}/support`);
    await alice.post(`/api/v1/needs/${a.id}/comments`, { body: 'Händer varje natt.' });
    await cecilia.post(`/api/v1/needs/${b.id}/comments`, { body: 'Samma här.' });
    expect((await coordinator.post(`/api/v1/needs/${a.id}/merge`, { targetNeedId: b.id }, { ifMatch: 1 })).statusCode).toBe(200);

    // The counts live on the need row (kept by triggers); compare them with a real count of every need.
    const drifted = await inPlatform(t.db, (tx) =>
      tx.execute(sql`
        select n.id from needs n
        where n.supporter_count <> (select count(*) from need_supporters s where s.organization_id = n.organization_id and s.need_id = n.id)
           or n.comment_count <> (select count(*) from need_comments c where c.organization_id = n.organization_id and c.need_id = n.id)`),
    );
    expect(drifted.rows).toEqual([]);
    expect((await alice.get(`/api/v1/needs/${b.id}`)).json()).toMatchObject({ supporterCount: 1, commentCount: 2 });
  });
});
