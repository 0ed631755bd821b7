import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logInAs, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, TEST_PASSWORD } from '@test/factories';

describe('logging in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('gives a member a session with the roles and permissions of her organisation', async () => {
    const org = await buildOrganization(t.db);
    const staff = await buildMember(t.db, org.id, ['staff']);
    const client = await logInAs(t.app, staff.email, staff.password);
    const session = await client.get('/api/v1/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ organization: { id: org.id }, roles: ['staff'] });
    expect(session.json().permissions).toContain('need:submit');
    expect(session.json().permissions).not.toContain('need:decide');
  });

  it('answers 401 with the same message for a wrong password and an unknown e-mail', async () => {
    const org = await buildOrganization(t.db);
    const staff = await buildMember(t.db, org.id, ['staff']);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: staff.email, password: 'fel-losenord' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ingen@test.invalid', password: TEST_PASSWORD } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a state change without the CSRF header', async () => {
    const org = await buildOrganization(t.db);
    const staff = await buildMember(t.db, org.id, ['staff']);
    const client = await logInAs(t.app, staff.email, staff.password);
    const response = await client.post('/api/v1/auth/logout', undefined, { headers: { 'x-csrf-token': 'wrong' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_failed');
  });

  it('ends the session on logout so the cookie no longer works', async () => {
    const org = await buildOrganization(t.db);
    const staff = await buildMember(t.db, org.id, ['staff']);
    const client = await logInAs(t.app, staff.email, staff.password);
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('lets a member of two organisations switch between them, and not into a third', async () => {
    const first = await buildOrganization(t.db, 'Första kommunen');
    const second = await buildOrganization(t.db, 'Andra kommunen');
    const third = await buildOrganization(t.db, 'Tredje kommunen');
    const member = await buildMember(t.db, first.id, ['coordinator']);
    const { platformAddMembership } = await import('@server/modules/users/users.platform');
    await platformAddMembership(t.db, second.id, member.id, ['viewer']);
    const client = await logInAs(t.app, member.email, member.password);
    expect((await client.get('/api/v1/auth/session')).json().memberships).toHaveLength(2);
    const switched = await client.put('/api/v1/auth/session/organization', { organizationId: second.id });
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toMatchObject({ organization: { id: second.id }, roles: ['viewer'] });
    const denied = await client.put('/api/v1/auth/session/organization', { organizationId: third.id });
    expect(denied.statusCode).toBe(404);
  });
});
