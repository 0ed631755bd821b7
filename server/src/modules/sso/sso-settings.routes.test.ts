import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEmailDomain } from '@test/factories';
import { createTestApp, type TestApp } from '@test/test-app';
import { placesHolding } from '@test/whole-database';
import { auditEventsOf, buildAdminScene, NON_ADMIN_ROLES, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

const ENTRA_ISSUER = 'https://login.microsoftonline.com/7c1f0e1a-2b3c-4d5e-8f90-123456789abc/v2.0';
const SECRET = 'klienthemlighet-som-aldrig-visas-igen-9f3e';

describe('an administrator setting up single sign-on for her organisation', () => {
  let t: TestApp;
  let s: AdminScene;
  const settingsFor = (org: { id: string }, overrides: Record<string, unknown> = {}) => ({
    issuer: ENTRA_ISSUER,
    clientId: 'digiplan-klient',
    clientSecret: SECRET,
    emailDomains: [testEmailDomain(org.id)],
    newUsers: 'create',
    defaultRole: 'staff',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
  });
  afterAll(async () => t.close());

  it('shows an organisation without single sign-on as not configured, version 0, with the redirect URI to register', async () => {
    const response = await s.clients.admin.get('/api/v1/organization/sso');
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"0"');
    expect(response.json()).toMatchObject({ configured: false, hasClientSecret: false, version: 0, secretKeyConfigured: true });
    expect(response.json().redirectUri).toMatch(/\/api\/v1\/auth\/sso\/callback$/);
  });

  it('saves issuer, client and domains, seals the secret and never shows it again, and audits without it', async () => {
    const saved = await s.clients.admin.put('/api/v1/organization/sso', settingsFor(s.org), { ifMatch: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe('"1"');
    expect(saved.json()).toMatchObject({ configured: true, issuer: ENTRA_ISSUER, clientId: 'digiplan-klient', hasClientSecret: true, newUsers: 'create', defaultRole: 'staff', version: 1 });
    expect(saved.body).not.toContain(SECRET);
    const read = await s.clients.admin.get('/api/v1/organization/sso');
    expect(read.body).not.toContain(SECRET);
    expect(read.body).not.toContain('v1.');
    expect(await placesHolding(t.adminUrl, SECRET)).toEqual([]);
    const event = (await auditEventsOf(t.db, s.org.id)).filter((e) => e.action === 'sso.settings_saved').at(-1);
    expect(event).toMatchObject({ before: null, after: { issuer: ENTRA_ISSUER, clientSecretChanged: true } });
    expect(JSON.stringify(event)).not.toContain(SECRET);
  });

  it('keeps the stored secret when the administrator changes other things and leaves the secret out', async () => {
    const current = (await s.clients.admin.get('/api/v1/organization/sso')).json();
    const { clientSecret: _left, ...withoutSecret } = settingsFor(s.org, { newUsers: 'invite', defaultRole: 'viewer' });
    const saved = await s.clients.admin.put('/api/v1/organization/sso', withoutSecret, { ifMatch: current.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ hasClientSecret: true, newUsers: 'invite', defaultRole: 'viewer', version: current.version + 1 });
    const event = (await auditEventsOf(t.db, s.org.id)).filter((e) => e.action === 'sso.settings_saved').at(-1);
    expect(event).toMatchObject({ before: { newUsers: 'create' }, after: { newUsers: 'invite', clientSecretChanged: false } });
  });

  it('answers 428 without If-Match and 412 for a stale version', async () => {
    expect((await s.clients.admin.put('/api/v1/organization/sso', settingsFor(s.org))).statusCode).toBe(428);
    expect((await s.clients.admin.put('/api/v1/organization/sso', settingsFor(s.org), { ifMatch: 0 })).statusCode).toBe(412);
  });

  it('refuses e-mail domains the organisation does not own, including another organisation’s', async () => {
    const current = (await s.clients.admin.get('/api/v1/organization/sso')).json();
    const response = await s.clients.admin.put(
      '/api/v1/organization/sso',
      settingsFor(s.org, { emailDomains: [testEmailDomain(s.org.id), testEmailDomain(s.other.id), 'okand-kommun.example'] }),
      { ifMatch: current.version },
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'unprocessable',
      errors: [
        { path: 'body.emailDomains.1', code: 'domain_not_owned' },
        { path: 'body.emailDomains.2', code: 'domain_not_owned' },
      ],
    });
  });

  it.each([
    ['a plain http issuer', 'http://idp.example/tenant/v2.0'],
    ['Entra ID’s multi-tenant address', 'https://login.microsoftonline.com/common/v2.0'],
    ['an issuer with a query', 'https://idp.example/?tenant=1'],
    ['no address at all', 'inte en adress'],
  ])('refuses %s as issuer with a 400 naming the field', async (_what, issuer) => {
    const current = (await s.clients.admin.get('/api/v1/organization/sso')).json();
    const response = await s.clients.admin.put('/api/v1/organization/sso', settingsFor(s.org, { issuer }), { ifMatch: current.version });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.issuer', code: 'issuer_invalid' })]);
  });

  it('refuses administrator as the default role of people created at first login', async () => {
    const current = (await s.clients.admin.get('/api/v1/organization/sso')).json();
    const response = await s.clients.admin.put('/api/v1/organization/sso', settingsFor(s.org, { defaultRole: 'admin' }), { ifMatch: current.version });
    expect(response.statusCode).toBe(400);
  });

  it.each(NON_ADMIN_ROLES)('answers 403 when a %s reads or changes single sign-on', async (role) => {
    expect((await s.clients[role].get('/api/v1/organization/sso')).statusCode).toBe(403);
    expect((await s.clients[role].put('/api/v1/organization/sso', settingsFor(s.org), { ifMatch: 2 })).statusCode).toBe(403);
    expect((await s.clients[role].delete('/api/v1/organization/sso', { ifMatch: 2 })).statusCode).toBe(403);
  });

  it('shows another organisation’s administrator only her own, unconfigured settings', async () => {
    const theirs = await s.clients.otherAdmin.get('/api/v1/organization/sso');
    expect(theirs.json()).toMatchObject({ configured: false, issuer: '' });
    expect((await s.clients.otherAdmin.delete('/api/v1/organization/sso', { ifMatch: 2 })).statusCode).toBe(404);
  });

  it('turns single sign-on off with If-Match and audits what it was', async () => {
    const current = (await s.clients.admin.get('/api/v1/organization/sso')).json();
    expect((await s.clients.admin.delete('/api/v1/organization/sso')).statusCode).toBe(428);
    const response = await s.clients.admin.delete('/api/v1/organization/sso', { ifMatch: current.version });
    expect(response.statusCode).toBe(204);
    expect((await s.clients.admin.get('/api/v1/organization/sso')).json()).toMatchObject({ configured: false, version: 0 });
    const event = (await auditEventsOf(t.db, s.org.id)).filter((e) => e.action === 'sso.settings_deleted').at(-1);
    expect(event).toMatchObject({ before: { issuer: ENTRA_ISSUER } });
    const again = await s.clients.admin.put('/api/v1/organization/sso', settingsFor(s.org, { clientSecret: undefined }), { ifMatch: 0 });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toEqual([{ path: 'body.clientSecret', code: 'required' }]);
  });
});

describe('an installation without SECRET_KEY', () => {
  let t: TestApp;
  let s: AdminScene;
  beforeAll(async () => {
    t = await createTestApp({ appDeps: { secretKey: undefined } });
    s = await buildAdminScene(t);
  });
  afterAll(async () => t.close());

  it('tells the administrator single sign-on cannot be saved until the operator sets SECRET_KEY', async () => {
    expect((await s.clients.admin.get('/api/v1/organization/sso')).json()).toMatchObject({ secretKeyConfigured: false });
    const response = await s.clients.admin.put(
      '/api/v1/organization/sso',
      { issuer: ENTRA_ISSUER, clientId: 'x', clientSecret: SECRET, emailDomains: [testEmailDomain(s.org.id)], newUsers: 'invite', defaultRole: 'staff' },
      { ifMatch: 0 },
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ path: '', code: 'secret_key_missing' }]);
  });
});
