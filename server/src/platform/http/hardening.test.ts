import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization } from '@test/factories';
import { ROLES } from '@domain/roles';

describe('caching of API answers', () => {
  let t: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrganization(t.db);
    const member = await buildMember(t.db, org.id, [...ROLES]);
    admin = await logInAs(t.app, member.email, member.password);
  });
  afterAll(async () => t.close());

  it('tells browsers and proxies not to keep what a logged-in user reads, nor the errors they get', async () => {
    const answers = [
      await admin.get('/api/v1/auth/session'),
      await admin.get('/api/v1/needs'),
      await admin.get('/api/v1/needs/01900000-0000-7000-8000-00000000dead'),
      await admin.get('/api/v1/needs/%ZZ'),
      await admin.get('/api/v1/finns-inte'),
      await t.app.inject({ method: 'GET', url: '/api/v1/needs' }),
    ];
    for (const answer of answers) expect(answer.headers['cache-control'], `${answer.statusCode} ${answer.body.slice(0, 80)}`).toBe('no-store');
  });
});
