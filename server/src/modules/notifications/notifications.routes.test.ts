import type { Role } from '@domain/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, logInNewMember } from '@test/factories';
import { createTestApp, type ApiClient, type TestApp } from '@test/test-app';
import { auditOf, submitThroughApi } from '@server/modules/needs/needs.test-support';

type Page = { items: { id: string; isRead: boolean; readAt: string | null; params: { needTitle?: string } }[]; nextCursor: string | null; unreadCount: number };

describe('in-app notifications', () => {
  let t: TestApp;
  let submitter: ApiClient;
  let commenter: ApiClient;
  let outsider: ApiClient;
  let colleagueOfOutsider: ApiClient;

  const page = async (client: ApiClient, query = '') => {
    const response = await client.get(`/api/v1/notifications${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrganization(t.db);
    const otherOrg = await buildOrganization(t.db);
    const as = (organizationId: string, roles: Role[]) => logInNewMember(t, organizationId, roles);
    submitter = await as(org.id, ['staff']);
    commenter = await as(org.id, ['coordinator']);
    outsider = await as(otherOrg.id, ['staff']);
    colleagueOfOutsider = await as(otherOrg.id, ['coordinator']);
    for (const title of ['Första behovet', 'Andra behovet', 'Tredje behovet']) {
      const need = await submitThroughApi(submitter, { title });
      await commenter.post(`/api/v1/needs/${need.id}/comments`, { body: 'Bra idé!' });
    }
  });
  afterAll(async () => t.close());

  it("shows a user her notifications newest first with the unread count, and nobody else's", async () => {
    const mine = await page(submitter);
    expect(mine.unreadCount).toBe(3);
    expect(mine.items.map((n) => n.params.needTitle)).toEqual(['Tredje behovet', 'Andra behovet', 'Första behovet']);
    expect(await page(commenter)).toEqual({ items: [], nextCursor: null, unreadCount: 0 });
    expect((await page(outsider)).items).toEqual([]);
  });

  it('pages through the notifications with a cursor', async () => {
    const first = await page(submitter, '?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await page(submitter, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((n) => n.params.needTitle)).toEqual(['Första behovet']);
    expect(second.nextCursor).toBeNull();
  });

  it('marks one notification read, idempotently, and writes it to the audit log', async () => {
    const [newest] = (await page(submitter)).items;
    expect((await submitter.post(`/api/v1/notifications/${newest!.id}/read`)).statusCode).toBe(204);
    expect((await submitter.post(`/api/v1/notifications/${newest!.id}/read`)).statusCode).toBe(204);
    const after = await page(submitter);
    expect(after.unreadCount).toBe(2);
    expect(after.items[0]).toMatchObject({ id: newest!.id, isRead: true });
    expect(after.items[0]!.readAt).not.toBeNull();
    expect((await page(submitter, '?unread=true')).items.map((n) => n.id)).not.toContain(newest!.id);
    expect((await auditOf(t.db, newest!.id)).map((e) => e.action)).toEqual(['notification.read']);
  });

  it("answers 404 when a user marks someone else's notification read", async () => {
    const [theirs] = (await page(submitter)).items;
    expect((await commenter.post(`/api/v1/notifications/${theirs!.id}/read`)).statusCode).toBe(404);
  });

  it('returns 404 when a member of another organisation marks the notification read', async () => {
    const [theirs] = (await page(submitter)).items;
    const response = await outsider.post(`/api/v1/notifications/${theirs!.id}/read`);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });

  it('answers 400 for a notification id that is not a uuid', async () => {
    expect((await submitter.post('/api/v1/notifications/abc/read')).statusCode).toBe(400);
  });

  it("marks all of a user's notifications read and leaves other users' alone", async () => {
    const need = await submitThroughApi(outsider);
    await colleagueOfOutsider.post(`/api/v1/needs/${need.id}/comments`, { body: 'Kommentar' });
    expect((await submitter.post('/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect((await page(submitter)).unreadCount).toBe(0);
    expect((await page(outsider)).unreadCount).toBe(1);
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(401);
  });
});
