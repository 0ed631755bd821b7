import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMySessionList } from '@domain/sessions.contracts';
import { buildMember, buildOrganization, type TestMember, type TestOrganization } from '@test/factories';
import { createTestApp, type TestApp } from '@test/test-app';
import { auditEventsIn } from '@test/audit';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

describe('my own sessions (Mina inloggningar)', () => {
  let t: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
  });
  afterAll(async () => t.close());

  /** Logs in from a browser with the given User-Agent; the returned function calls the API in that session. */
  async function logInFrom(member: TestMember, userAgent: string) {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'user-agent': userAgent }, payload: { email: member.email, password: member.password } });
    expect(login.statusCode, login.body).toBe(200);
    const headers = { cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join('; '), 'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken, 'user-agent': userAgent };
    return (method: 'GET' | 'POST' | 'DELETE', url: string) => t.app.inject({ method, url, headers, ...(method === 'POST' ? { payload: {} } : {}) });
  }

  it('shows a person her sessions with browser, start and last use, marks this one, and never shows a token', async () => {
    const anna = await buildMember(t.db, org.id, ['staff']);
    const laptop = await logInFrom(anna, FIREFOX);
    await logInFrom(anna, PHONE);
    const listed = await laptop('GET', '/api/v1/me/sessions');
    expect(listed.statusCode).toBe(200);
    expect(listed.headers['cache-control']).toContain('no-store');
    const { items } = listed.json<TMySessionList>();
    expect(items.map((s) => [s.browser, s.isCurrent]).sort()).toEqual([
      ['Firefox 133, Linux', true],
      ['Safari 18, iOS', false],
    ]);
    for (const session of items) expect(Date.parse(session.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(session.createdAt) - 1000);
    expect(listed.body).not.toMatch(/token|csrf|hash/i);
  });

  it('lets her end the session she left on her phone: the phone is logged out, the laptop is not, and the audit log says so', async () => {
    const anna = await buildMember(t.db, org.id, ['staff']);
    const laptop = await logInFrom(anna, FIREFOX);
    const phone = await logInFrom(anna, PHONE);
    const phoneSession = (await laptop('GET', '/api/v1/me/sessions')).json<TMySessionList>().items.find((s) => !s.isCurrent)!;
    expect((await laptop('DELETE', `/api/v1/me/sessions/${phoneSession.id}`)).statusCode).toBe(204);
    expect((await phone('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await laptop('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    expect((await laptop('GET', '/api/v1/me/sessions')).json<TMySessionList>().items).toHaveLength(1);
    expect((await laptop('DELETE', `/api/v1/me/sessions/${phoneSession.id}`)).statusCode).toBe(404);
    const [event] = await auditEventsIn(t.db, org.id, (await laptop('GET', '/api/v1/auth/session')).json<{ user: { id: string } }>().user.id);
    expect(event).toMatchObject({ action: 'auth.session_ended', entityType: 'user', after: { sessionId: phoneSession.id } });
  });

  it('does not let anyone end another person’s session: it answers 404 and the session keeps working', async () => {
    const anna = await buildMember(t.db, org.id, ['staff']);
    const bertil = await buildMember(t.db, org.id, ['admin']);
    const annas = await logInFrom(anna, FIREFOX);
    const bertils = await logInFrom(bertil, PHONE);
    const annasSession = (await annas('GET', '/api/v1/me/sessions')).json<TMySessionList>().items[0]!;
    expect((await bertils('DELETE', `/api/v1/me/sessions/${annasSession.id}`)).statusCode).toBe(404);
    expect((await bertils('DELETE', '/api/v1/me/sessions/not-a-uuid')).statusCode).toBe(400);
    expect((await bertils('GET', '/api/v1/me/sessions')).json<TMySessionList>().items.map((s) => s.id)).not.toContain(annasSession.id);
    expect((await annas('GET', '/api/v1/auth/session')).statusCode).toBe(200);
  });

  it('ends every other session at once and keeps the one she is using', async () => {
    const anna = await buildMember(t.db, org.id, ['staff']);
    const others = [await logInFrom(anna, PHONE), await logInFrom(anna, PHONE)];
    const here = await logInFrom(anna, FIREFOX);
    const ended = await here('POST', '/api/v1/me/sessions/end-others');
    expect([ended.statusCode, ended.json()]).toEqual([200, { ended: 2 }]);
    for (const other of others) expect((await other('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await here('GET', '/api/v1/me/sessions')).json<TMySessionList>().items).toMatchObject([{ isCurrent: true }]);
    const userId = (await here('GET', '/api/v1/auth/session')).json<{ user: { id: string } }>().user.id;
    expect((await auditEventsIn(t.db, org.id, userId))[0]).toMatchObject({ action: 'auth.other_sessions_ended', after: { ended: 2 } });
  });

  it('logs her out when she ends the session she is using', async () => {
    const anna = await buildMember(t.db, org.id, ['staff']);
    const here = await logInFrom(anna, FIREFOX);
    const current = (await here('GET', '/api/v1/me/sessions')).json<TMySessionList>().items[0]!;
    const ended = await here('DELETE', `/api/v1/me/sessions/${current.id}`);
    expect(ended.statusCode).toBe(204);
    expect(ended.cookies.some((c) => c.value === '' || (c.maxAge ?? 1) <= 0 || (c.expires && c.expires.getTime() < Date.now()))).toBe(true);
    expect((await here('GET', '/api/v1/me/sessions')).statusCode).toBe(401);
  });
});
