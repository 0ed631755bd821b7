import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { inPlatform } from '@server/platform/tenancy/context';
import { securityEvents } from '@server/platform/audit/audit.tables';
import { SESSION_COOKIE } from '@server/platform/auth/auth.plugin';
import { platformSetUserDisabled, platformSetOrganizationEmailDomains } from '@server/modules/users/users.platform';
import { buildMember, buildOrganization, testEmail, testEmailDomain, TEST_PASSWORD, type TestOrganization } from '@test/factories';
import { startOidcTestProvider, type OidcTestProvider, type TestIdentity } from '@test/oidc-test-provider';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { auditEventsOf } from '@server/modules/organizations/org-admin.test-support';
import { userIdentities } from '@server/modules/sso/sso.tables';
import { eq } from 'drizzle-orm';

const PUBLIC_URL = 'http://digiplan.test';
const CALLBACK = `${PUBLIC_URL}/api/v1/auth/sso/callback`;

type Started = { redirectUrl: string; browserCookie: string };

describe('logging in with single sign-on through an Entra-like OpenID provider', () => {
  let t: TestApp;
  let idp: OidcTestProvider;
  let org: TestOrganization;
  let admin: ApiClient;

  const person = (overrides: Partial<TestIdentity> = {}): TestIdentity => {
    const login = `person-${randomUUID().slice(0, 8)}`;
    return { login, oid: randomUUID(), name: 'Siri Sso', email: testEmail(org.id, login), preferredUsername: testEmail(org.id, `upn-${login}`), ...overrides };
  };

  async function configure(client: ApiClient, organization: TestOrganization, settings: Record<string, unknown>) {
    const current = await client.get('/api/v1/organization/sso');
    const saved = await client.put(
      '/api/v1/organization/sso',
      { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, emailDomains: [testEmailDomain(organization.id)], newUsers: 'create', defaultRole: 'staff', ...settings },
      { ifMatch: current.headers.etag as string },
    );
    expect(saved.statusCode, saved.body).toBe(200);
  }

  async function start(email: string): Promise<Started> {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login-method', payload: { email } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().method).toBe('sso');
    const cookie = response.cookies.find((c) => c.name === 'digiplan_sso');
    return { redirectUrl: response.json().redirectUrl, browserCookie: cookie ? `digiplan_sso=${cookie.value}` : '' };
  }

  async function returnTo(callback: URL, browserCookie: string): Promise<LightMyRequestResponse> {
    return t.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}`, headers: browserCookie ? { cookie: browserCookie } : {} });
  }

  async function logInThroughProvider(identity: TestIdentity, email = identity.email ?? identity.preferredUsername) {
    const started = await start(email);
    const callback = await idp.signIn(started.redirectUrl, identity.login);
    return { started, callback, response: await returnTo(callback, started.browserCookie) };
  }

  const sessionCookieOf = (response: LightMyRequestResponse) => response.cookies.find((c) => c.name === SESSION_COOKIE && c.value);

  async function sessionOf(response: LightMyRequestResponse) {
    const cookie = sessionCookieOf(response);
    expect(cookie, 'a session cookie').toBeDefined();
    return (await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: `${SESSION_COOKIE}=${cookie!.value}` } })).json();
  }

  function expectRefused(response: LightMyRequestResponse, reason: string) {
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/logga-in?sso=${reason}`);
    expect(sessionCookieOf(response)).toBeUndefined();
  }

  async function refusalsIn(organizationId: string) {
    return (await auditEventsOf(t.db, organizationId)).filter((e) => e.action === 'sso.login_refused').map((e) => (e.after as { reason: string }).reason);
  }

  beforeAll(async () => {
    idp = await startOidcTestProvider({ redirectUris: [CALLBACK] });
    t = await createTestApp({ appDeps: { publicUrl: PUBLIC_URL, ssoAllowInsecureLoopbackIssuers: true } });
    org = await buildOrganization(t.db);
    const adminMember = await buildMember(t.db, org.id, ['admin'], 'Astrid Admin');
    admin = await logInAs(t.app, adminMember.email, adminMember.password);
    await configure(admin, org, {});
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  it('sends a person of the organisation to her provider with PKCE, state and nonce, and says password for other addresses', async () => {
    const started = await start(testEmail(org.id, 'vem-som-helst'));
    const url = new URL(started.redirectUrl);
    expect(url.href.startsWith(`${idp.issuer}/`)).toBe(true);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: idp.clientId,
      redirect_uri: CALLBACK,
      response_type: 'code',
      code_challenge_method: 'S256',
      scope: 'openid profile email',
    });
    for (const name of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(name)?.length).toBeGreaterThanOrEqual(43);
    expect(started.browserCookie).not.toBe('');
    const other = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login-method', payload: { email: 'okand@ingen-sso.example' } });
    expect(other.json()).toEqual({ method: 'password', redirectUrl: null });
    expect(other.cookies.find((c) => c.name === 'digiplan_sso')).toBeUndefined();
  });

  it('gives an unknown person an account with the default role at first login, and identifies her by issuer and subject', async () => {
    const siri = person({ name: 'Siri Förstagång' });
    idp.addIdentity(siri);
    const { response } = await logInThroughProvider(siri);
    expect(response.statusCode, response.body).toBe(303);
    expect(response.headers.location).toBe('/');
    const session = await sessionOf(response);
    expect(session).toMatchObject({ user: { email: siri.email, name: 'Siri Förstagång' }, organization: { id: org.id }, roles: ['staff'], mustChangePassword: false });
    const identities = await inPlatform(t.db, (tx) => tx.select().from(userIdentities).where(eq(userIdentities.userId, session.user.id)));
    expect(identities).toEqual([expect.objectContaining({ organizationId: org.id, issuer: idp.issuer, subject: siri.oid })]);
    const actions = (await auditEventsOf(t.db, session.user.id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['sso.user_created', 'auth.login']));
  });

  it('logs the same person in again by her identity even when the provider now gives another address', async () => {
    const sten = person();
    idp.addIdentity(sten);
    const first = await sessionOf((await logInThroughProvider(sten)).response);
    idp.addIdentity({ ...sten, email: testEmail(org.id, 'nytt-namn') });
    const again = await logInThroughProvider(sten, testEmail(org.id, 'nytt-namn'));
    expect((await sessionOf(again.response)).user.id).toBe(first.user.id);
  });

  it('uses Entra ID’s preferred_username when the token has no email claim', async () => {
    const upnOnly = person({ email: undefined });
    idp.addIdentity(upnOnly);
    const session = await sessionOf((await logInThroughProvider(upnOnly)).response);
    expect(session.user.email).toBe(upnOnly.preferredUsername);
  });

  it('never matches on e-mail alone: another identity with an already linked address is refused', async () => {
    const first = person();
    idp.addIdentity(first);
    await sessionOf((await logInThroughProvider(first)).response);
    const impostor = person({ email: first.email });
    idp.addIdentity(impostor);
    expectRefused((await logInThroughProvider(impostor)).response, 'identity_conflict');
  });

  it('refuses a password login in the organisation’s domain, except for its administrators', async () => {
    const staff = await buildMember(t.db, org.id, ['staff']);
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: staff.email, password: staff.password } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('sso_required');
    expect(sessionCookieOf(refused)).toBeUndefined();
    expect((await auditEventsOf(t.db, staff.id)).map((e) => e.action)).toContain('sso.password_refused');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: staff.email, password: 'fel-losenord-helt-och-hallet' } });
    expect(wrong.statusCode).toBe(401);
    const anotherAdmin = await buildMember(t.db, org.id, ['admin']);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: anotherAdmin.email, password: TEST_PASSWORD } })).statusCode).toBe(200);
  });

  it('links an account the administrator created on its first single sign-on, and voids its one-time password', async () => {
    const created = await admin.post('/api/v1/members', { email: testEmail(org.id, 'forinbjuden'), name: 'Frida Förinlagd', roles: ['coordinator'] });
    expect(created.statusCode).toBe(201);
    const frida = person({ email: created.json().email, name: 'Frida i Entra' });
    idp.addIdentity(frida);
    const session = await sessionOf((await logInThroughProvider(frida)).response);
    expect(session).toMatchObject({ user: { name: 'Frida Förinlagd' }, roles: ['coordinator'], mustChangePassword: false });
    expect((await auditEventsOf(t.db, session.user.id)).map((e) => e.action)).toContain('sso.identity_linked');
    const oneTime = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: frida.email, password: created.json().oneTimePassword } });
    expect(oneTime.statusCode).toBe(401);
  });

  describe('refusals: no session, a Swedish reason on the login page, and an event', () => {
    it('refuses a forged state and records a security event', async () => {
      const state = 'x'.repeat(43);
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/auth/sso/callback?code=abc&state=${state}` });
      expectRefused(response, 'state_unknown');
      const events = await inPlatform(t.db, (tx) => tx.select().from(securityEvents).where(eq(securityEvents.requestId, response.headers['x-request-id'] as string)));
      expect(events).toEqual([expect.objectContaining({ kind: 'login_failed', detail: expect.objectContaining({ sso: 'state_unknown' }) })]);
    });

    it('refuses a replayed state: the same return a second time', async () => {
      const again = person();
      idp.addIdentity(again);
      const { started, callback, response } = await logInThroughProvider(again);
      expect(sessionCookieOf(response)).toBeDefined();
      expectRefused(await returnTo(callback, started.browserCookie), 'state_used');
      expect(await refusalsIn(org.id)).toContain('state_used');
    });

    it('refuses a return in another browser than the one that started the login', async () => {
      const elsewhere = person();
      idp.addIdentity(elsewhere);
      const started = await start(elsewhere.email!);
      const callback = await idp.signIn(started.redirectUrl, elsewhere.login);
      expectRefused(await returnTo(callback, ''), 'browser_mismatch');
    });

    it('refuses an expired login request', async () => {
      const late = person();
      idp.addIdentity(late);
      const started = await start(late.email!);
      const callback = await idp.signIn(started.redirectUrl, late.login);
      const admin = new pg.Client({ connectionString: t.adminUrl });
      await admin.connect();
      await admin.query(`update sso_login_requests set expires_at = now() - interval '1 second' where used_at is null and redirect_uri = $1`, [CALLBACK]);
      await admin.end();
      expectRefused(await returnTo(callback, started.browserCookie), 'state_expired');
    });

    it('refuses an ID token with another nonce than the one stored for the login', async () => {
      const nonceVictim = person();
      idp.addIdentity(nonceVictim);
      const started = await start(nonceVictim.email!);
      const tampered = new URL(started.redirectUrl);
      tampered.searchParams.set('nonce', 'n'.repeat(43));
      const callback = await idp.signIn(tampered.href, nonceVictim.login);
      expectRefused(await returnTo(callback, started.browserCookie), 'nonce_mismatch');
      expect(await refusalsIn(org.id)).toContain('nonce_mismatch');
    });

    it('refuses an expired ID token', async () => {
      const expired = person();
      idp.addIdentity(expired);
      idp.setIdTokenTtlSeconds(-600);
      try {
        expectRefused((await logInThroughProvider(expired)).response, 'token_expired');
      } finally {
        idp.setIdTokenTtlSeconds(3600);
      }
    });

    it('refuses an ID token whose signature does not verify with the provider’s published keys', async () => {
      const forged = person();
      idp.addIdentity(forged);
      idp.publishForeignKey(true);
      try {
        expectRefused((await logInThroughProvider(forged)).response, 'bad_signature');
      } finally {
        idp.publishForeignKey(false);
      }
      expect(await refusalsIn(org.id)).toContain('bad_signature');
    });

    it('refuses a return whose issuer is not the organisation’s provider', async () => {
      const mixedUp = person();
      idp.addIdentity(mixedUp);
      const started = await start(mixedUp.email!);
      const callback = await idp.signIn(started.redirectUrl, mixedUp.login);
      callback.searchParams.set('iss', idp.foreignIssuer);
      expectRefused(await returnTo(callback, started.browserCookie), 'issuer_mismatch');
    });

    it('refuses to start when the provider at the configured address names another issuer', async () => {
      const other = await buildOrganization(t.db);
      const otherAdmin = await buildMember(t.db, other.id, ['admin']);
      await configure(await logInAs(t.app, otherAdmin.email, otherAdmin.password), other, { issuer: idp.foreignIssuer });
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login-method', payload: { email: testEmail(other.id, 'x') } });
      expect(response.json()).toEqual({ method: 'sso', redirectUrl: '/logga-in?sso=issuer_mismatch' });
      expect(await refusalsIn(other.id)).toContain('issuer_mismatch');
    });

    it('refuses an address in a domain another organisation owns', async () => {
      const neighbour = await buildOrganization(t.db);
      const stranger = person({ email: testEmail(neighbour.id, 'granne') });
      idp.addIdentity(stranger);
      const started = await start(testEmail(org.id, 'startar-har'));
      const callback = await idp.signIn(started.redirectUrl, stranger.login);
      expectRefused(await returnTo(callback, started.browserCookie), 'domain_elsewhere');
    });

    it('refuses a disabled membership and a disabled user', async () => {
      const disabled = person();
      idp.addIdentity(disabled);
      const userId = (await sessionOf((await logInThroughProvider(disabled)).response)).user.id;
      const sql = new pg.Client({ connectionString: t.adminUrl });
      await sql.connect();
      await sql.query('update memberships set is_disabled = true where user_id = $1', [userId]);
      expectRefused((await logInThroughProvider(disabled)).response, 'user_disabled');
      await sql.query('update memberships set is_disabled = false where user_id = $1', [userId]);
      await sql.end();
      expect(sessionCookieOf((await logInThroughProvider(disabled)).response)).toBeDefined();
      await inPlatform(t.db, (tx) => platformSetUserDisabled(tx, userId, true));
      expectRefused((await logInThroughProvider(disabled)).response, 'user_disabled');
    });

    it('refuses an unknown person when the organisation invites first', async () => {
      const invitingOrg = await buildOrganization(t.db);
      const invitingAdmin = await buildMember(t.db, invitingOrg.id, ['admin']);
      await configure(await logInAs(t.app, invitingAdmin.email, invitingAdmin.password), invitingOrg, { newUsers: 'invite' });
      const uninvited = person({ email: testEmail(invitingOrg.id, 'oinbjuden') });
      idp.addIdentity(uninvited);
      expectRefused((await logInThroughProvider(uninvited)).response, 'not_invited');
      expect(await refusalsIn(invitingOrg.id)).toContain('not_invited');
    });
  });

  it('keeps organisations without single sign-on on passwords', async () => {
    const plain = await buildOrganization(t.db);
    await platformSetOrganizationEmailDomains(t.db, plain.id, [testEmailDomain(plain.id)]);
    const member = await buildMember(t.db, plain.id, ['staff']);
    const method = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login-method', payload: { email: member.email } });
    expect(method.json()).toEqual({ method: 'password', redirectUrl: null });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: member.email, password: member.password } })).statusCode).toBe(200);
  });
});
