import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization } from '@test/factories';

describe('login rate limiting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ loginRateLimit: { max: 3, timeWindow: 60_000 } });
  });
  afterAll(async () => t.close());

  it('stops someone guessing a password after a few tries with 429, even with the right password', async () => {
    const org = await buildOrganization(t.db);
    const staff = await buildMember(t.db, org.id, ['staff']);
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: staff.email, password } });
    for (let i = 0; i < 3; i++) expect((await attempt('fel-gissning')).statusCode).toBe(401);
    const blocked = await attempt(staff.password);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('too_many_requests');
  });

  it('does not lock out a colleague who logs in from the same address', async () => {
    const org = await buildOrganization(t.db);
    const colleague = await buildMember(t.db, org.id, ['staff']);
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: colleague.email, password: colleague.password } });
    expect(response.statusCode).toBe(200);
  });
});
