import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganization } from '@test/factories';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { auditOf, FAKE_SAMORDNINGSNUMMER, setNeedColumns, submitThroughApi } from '@server/modules/needs/needs.test-support';

describe('commenting on and supporting a need', () => {
  let t: TestApp;
  let submitter: ApiClient;
  let colleague: ApiClient;
  let viewer: ApiClient;
  let outsider: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrganization(t.db);
    const otherOrg = await buildOrganization(t.db);
    const as = async (organizationId: string, roles: Parameters<typeof buildMember>[2], name?: string) => {
      const member = await buildMember(t.db, organizationId, roles, name);
      return logInAs(t.app, member.email, member.password);
    };
    submitter = await as(org.id, ['staff'], 'Siv Inlämnare');
    colleague = await as(org.id, ['coordinator'], 'Kalle Kollega');
    viewer = await as(org.id, ['viewer']);
    outsider = await as(otherOrg.id, ['coordinator']);
  });
  afterAll(async () => t.close());

  it('lets a colleague comment and tells the submitter in-app', async () => {
    const need = await submitThroughApi(submitter);
    const response = await colleague.post(`/api/v1/needs/${need.id}/comments`, { body: 'Vi har samma behov på Solgården.' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ needId: need.id, author: { id: colleague.userId, name: 'Kalle Kollega' }, body: 'Vi har samma behov på Solgården.' });
    const notifications = (await submitter.get('/api/v1/notifications')).json();
    expect(notifications.items[0]).toMatchObject({
      kind: 'need_commented',
      needId: need.id,
      isRead: false,
      params: { needNumber: need.number, needTitle: need.title, authorName: 'Kalle Kollega' },
    });
    expect((await submitter.get(`/api/v1/needs/${need.id}`)).json().commentCount).toBe(1);
    expect((await auditOf(t.db, need.id)).map((e) => e.action)).toContain('need.commented');
  });

  it('shows a need’s comments and supporters in the needs list as on its page', async () => {
    const need = await submitThroughApi(submitter);
    const quiet = await submitThroughApi(submitter);
    for (const body of ['Ett', 'Två']) await colleague.post(`/api/v1/needs/${need.id}/comments`, { body });
    expect((await colleague.put(`/api/v1/needs/${need.id}/support`)).statusCode).toBe(204);
    const items: { id: string; commentCount: number; supporterCount: number }[] = (await viewer.get('/api/v1/needs?limit=100')).json().items;
    expect(items.find((i) => i.id === need.id)).toMatchObject({ commentCount: 2, supporterCount: 1 });
    expect(items.find((i) => i.id === quiet.id)).toMatchObject({ commentCount: 0, supporterCount: 0 });
  });

  it('does not notify the submitter of her own comment', async () => {
    const need = await submitThroughApi(submitter);
    const before = (await submitter.get('/api/v1/notifications')).json().unreadCount;
    expect((await submitter.post(`/api/v1/needs/${need.id}/comments`, { body: 'Ett tillägg från mig.' })).statusCode).toBe(201);
    expect((await submitter.get('/api/v1/notifications')).json().unreadCount).toBe(before);
  });

  it('lists the comments oldest first, page by page', async () => {
    const need = await submitThroughApi(submitter);
    for (const body of ['Första', 'Andra', 'Tredje']) await colleague.post(`/api/v1/needs/${need.id}/comments`, { body });
    const first = (await viewer.get(`/api/v1/needs/${need.id}/comments?limit=2`)).json();
    expect(first.items.map((c: { body: string }) => c.body)).toEqual(['Första', 'Andra']);
    const second = (await viewer.get(`/api/v1/needs/${need.id}/comments?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ body: 'Tredje' }], nextCursor: null });
  });

  it('refuses a samordningsnummer in a comment and saves nothing', async () => {
    const need = await submitThroughApi(submitter);
    const response = await colleague.post(`/api/v1/needs/${need.id}/comments`, { body: `Se brukare ${FAKE_SAMORDNINGSNUMMER}` });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.body', code: 'personal_number' }] });
    expect((await colleague.get(`/api/v1/needs/${need.id}/comments`)).json().items).toEqual([]);
  });

  it('answers 400 for an empty comment and 403 when a viewer comments', async () => {
    const need = await submitThroughApi(submitter);
    expect((await colleague.post(`/api/v1/needs/${need.id}/comments`, { body: ' ' })).statusCode).toBe(400);
    expect((await viewer.post(`/api/v1/needs/${need.id}/comments`, { body: 'Läsare får inte.' })).statusCode).toBe(403);
  });

  it('returns 404 when a coordinator of another organisation reads or writes comments', async () => {
    const need = await submitThroughApi(submitter);
    expect((await outsider.get(`/api/v1/needs/${need.id}/comments`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/v1/needs/${need.id}/comments`, { body: 'Hej' })).statusCode).toBe(404);
  });

  it('answers 409 when someone comments on a merged need', async () => {
    const need = await submitThroughApi(submitter);
    await setNeedColumns(t.db, need.id, { status: 'merged' });
    const response = await colleague.post(`/api/v1/needs/${need.id}/comments`, { body: 'För sent.' });
    expect(response.statusCode).toBe(409);
  });

  it('counts a colleague once however often she supports, and lets her withdraw', async () => {
    const need = await submitThroughApi(submitter);
    expect((await colleague.put(`/api/v1/needs/${need.id}/support`)).statusCode).toBe(204);
    expect((await colleague.put(`/api/v1/needs/${need.id}/support`)).statusCode).toBe(204);
    const supported = (await colleague.get(`/api/v1/needs/${need.id}`)).json();
    expect(supported).toMatchObject({ supporterCount: 1, isSupportedByMe: true });
    expect((await submitter.get(`/api/v1/needs/${need.id}`)).json()).toMatchObject({ supporterCount: 1, isSupportedByMe: false });
    expect((await colleague.delete(`/api/v1/needs/${need.id}/support`)).statusCode).toBe(204);
    expect((await colleague.delete(`/api/v1/needs/${need.id}/support`)).statusCode).toBe(204);
    expect((await colleague.get(`/api/v1/needs/${need.id}`)).json()).toMatchObject({ supporterCount: 0, isSupportedByMe: false });
    expect((await auditOf(t.db, need.id)).map((e) => e.action)).toEqual(['need.submitted', 'need.supported', 'need.support_withdrawn']);
  });

  it('answers 409 when the submitter supports her own need', async () => {
    const need = await submitThroughApi(submitter);
    const response = await submitter.put(`/api/v1/needs/${need.id}/support`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('invalid_state');
  });

  it('answers 403 when a viewer supports a need', async () => {
    const need = await submitThroughApi(submitter);
    expect((await viewer.put(`/api/v1/needs/${need.id}/support`)).statusCode).toBe(403);
    expect((await viewer.delete(`/api/v1/needs/${need.id}/support`)).statusCode).toBe(403);
  });

  it('returns 404 when a member of another organisation supports the need or withdraws support', async () => {
    const need = await submitThroughApi(submitter);
    expect((await outsider.put(`/api/v1/needs/${need.id}/support`)).statusCode).toBe(404);
    expect((await outsider.delete(`/api/v1/needs/${need.id}/support`)).statusCode).toBe(404);
  });
});
