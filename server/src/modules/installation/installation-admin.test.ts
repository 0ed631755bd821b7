import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, TEST_PASSWORD } from '@test/factories';
import { inPlatform } from '@server/platform/tenancy/context';
import { platformCreateOrganization } from '@server/modules/organizations/platform-create-organization';
import { platformGrantInstallationAdmin } from '@server/modules/installation/grant-installation-admin';
import { parseInstallationAdminArgs } from '@server/ops/installation-admin-command';
import type { TCreatedInstallationOrganization, TInstallationAuditList, TInstallationOrganizationList } from '@domain/installation.contracts';

const NEW_PASSWORD = 'ett-nytt-langt-losenord-for-admin';

/** Logs in with a one-time password and chooses a new one, as a new administrator does. */
async function logInFirstTime(t: TestApp, email: string, oneTimePassword: string): Promise<ApiClient> {
  const first = await logInAs(t.app, email, oneTimePassword);
  const changed = await first.post('/api/v1/auth/password', { currentPassword: oneTimePassword, newPassword: NEW_PASSWORD });
  expect(changed.statusCode, changed.body).toBe(200);
  return logInAs(t.app, email, NEW_PASSWORD);
}

const newOrganization = (over: Record<string, unknown> = {}) => ({
  name: 'Provstad – Socialförvaltningen',
  organizationNumber: '212000-9999',
  emailDomain: 'provstad.example',
  adminName: 'Sara Systemsdotter',
  adminEmail: 'sara@provstad.example',
  ...over,
});

describe('the installation administrator', () => {
  let t: TestApp;
  let installer: ApiClient;
  let firstOrganizationId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const first = await platformCreateOrganization(t.db, { name: 'Förstakommun', adminEmail: 'ingrid@forsta.example', adminName: 'Ingrid', installationAdmin: true }, { id: null, name: 'test' });
    firstOrganizationId = first.organizationId;
    installer = await logInFirstTime(t, 'ingrid@forsta.example', first.oneTimePassword!);
  });
  afterAll(async () => t.close());

  it('creates an organisation whose administrator logs in with the one-time password shown once, and sees it listed with its size', async () => {
    expect((await installer.get('/api/v1/auth/session')).json()).toMatchObject({ installationAdmin: true });
    const created = await installer.post('/api/v1/installation/organizations', newOrganization());
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json<TCreatedInstallationOrganization>();
    expect(body.organization).toMatchObject({ name: 'Provstad – Socialförvaltningen', organizationNumber: '212000-9999', emailDomains: ['provstad.example'], usersCount: 1, disabled: false });
    expect(body.organization.size).toBeGreaterThan(0);

    const admin = await logInFirstTime(t, 'sara@provstad.example', body.oneTimePassword);
    const session = (await admin.get('/api/v1/auth/session')).json<{ organization: { id: string }; installationAdmin: boolean }>();
    expect(session).toMatchObject({ organization: { id: body.organization.id }, installationAdmin: false });

    const list = (await installer.get('/api/v1/installation/organizations')).json<TInstallationOrganizationList>();
    expect(list.items.map((o) => o.name)).toEqual(['Förstakommun', 'Provstad – Socialförvaltningen']);
    expect(list.items[1]!.lastActivityAt).not.toBeNull();
    const audit = (await installer.get('/api/v1/installation/audit-events')).json<TInstallationAuditList>();
    expect(audit.items[0]).toMatchObject({ action: 'installation.organization_created', actorName: 'Ingrid', organizationName: 'Provstad – Socialförvaltningen' });
  });

  it('refuses an administrator outside the domain, a domain or number another organisation has, and bad input, creating nothing', async () => {
    const before = (await installer.get('/api/v1/installation/organizations')).json<TInstallationOrganizationList>().items.length;
    const outside = await installer.post('/api/v1/installation/organizations', newOrganization({ name: 'X', organizationNumber: '212000-0001', emailDomain: 'x.example' }));
    expect([outside.statusCode, outside.json().errors]).toEqual([422, [{ path: 'body.adminEmail', code: 'admin_outside_domain' }]]);
    const owned = await installer.post('/api/v1/installation/organizations', newOrganization({ name: 'Y', organizationNumber: '212000-0002', emailDomain: 'forsta.example', adminEmail: 'y@forsta.example' }));
    expect([owned.statusCode, owned.json().errors[0].code]).toEqual([409, 'domain_owned']);
    const number = await installer.post('/api/v1/installation/organizations', newOrganization({ name: 'Z', emailDomain: 'z.example', adminEmail: 'z@z.example' }));
    expect([number.statusCode, number.json().errors[0].code]).toEqual([409, 'number_taken']);
    const bad = await installer.post('/api/v1/installation/organizations', newOrganization({ organizationNumber: '2120009999', emailDomain: 'inte en domän' }));
    expect(bad.statusCode).toBe(400);
    expect((await installer.get('/api/v1/installation/organizations')).json<TInstallationOrganizationList>().items).toHaveLength(before);
  });

  it('disables an organisation: its users are logged out at once and cannot log in, nothing is deleted, and enabling lets them in again', async () => {
    const created = (await installer.post('/api/v1/installation/organizations', newOrganization({ name: 'Avstängda kommunen', organizationNumber: '212000-0003', emailDomain: 'avstangd.example', adminEmail: 'a@avstangd.example' }))).json<TCreatedInstallationOrganization>();
    const admin = await logInFirstTime(t, 'a@avstangd.example', created.oneTimePassword);
    const member = await buildMember(t.db, created.organization.id, ['staff']);
    await buildNeed(t.db, { id: created.organization.id }, member.id);
    const sizeBefore = (await installer.get('/api/v1/installation/organizations')).json<TInstallationOrganizationList>().items.find((o) => o.id === created.organization.id)!.size;

    const disabled = await installer.post(`/api/v1/installation/organizations/${created.organization.id}/disable`);
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json()).toMatchObject({ disabled: true, size: sizeBefore });
    expect((await admin.get('/api/v1/organization')).statusCode).toBe(401);
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: member.email, password: TEST_PASSWORD } });
    expect([refused.statusCode, refused.json().errors]).toEqual([403, [{ path: 'body.email', code: 'organization_disabled' }]]);
    expect(refused.cookies).toEqual([]);

    expect((await installer.post(`/api/v1/installation/organizations/${created.organization.id}/enable`)).json()).toMatchObject({ disabled: false, size: sizeBefore });
    const back = await logInAs(t.app, member.email, TEST_PASSWORD);
    expect((await back.get('/api/v1/needs')).json().items).toHaveLength(1);
    const actions = (await installer.get('/api/v1/installation/audit-events')).json<TInstallationAuditList>().items.slice(0, 2).map((e) => e.action);
    expect(actions).toEqual(['installation.organization_enabled', 'installation.organization_disabled']);
  });

  it('cannot disable the organisation she is a member of herself', async () => {
    const own = await installer.post(`/api/v1/installation/organizations/${firstOrganizationId}/disable`);
    expect([own.statusCode, own.json().errors]).toEqual([409, [{ path: 'params.id', code: 'own_organization' }]]);
  });

  it('reads nothing of an organisation she is not a member of, and the installation pages do not exist for anyone else', async () => {
    const other = (await installer.post('/api/v1/installation/organizations', newOrganization({ name: 'Främmande kommunen', organizationNumber: '212000-0004', emailDomain: 'frammande.example', adminEmail: 'f@frammande.example' }))).json<TCreatedInstallationOrganization>();
    const switched = await installer.put('/api/v1/auth/session/organization', { organizationId: other.organization.id });
    expect(switched.statusCode).toBe(404);
    const staff = await logInAs(t.app, (await buildMember(t.db, other.organization.id, ['admin'])).email, TEST_PASSWORD);
    for (const [method, url] of [
      ['GET', '/api/v1/installation/organizations'],
      ['GET', '/api/v1/installation/audit-events'],
      ['POST', `/api/v1/installation/organizations/${other.organization.id}/disable`],
    ] as const) {
      expect((await staff.request(method, url)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await staff.post('/api/v1/installation/organizations', newOrganization({ name: 'Q', organizationNumber: '212000-0005', emailDomain: 'q.example', adminEmail: 'q@q.example' }))).statusCode).toBe(404);
  });

  it('is granted by npm run installation:admin to an existing account only', async () => {
    const person = await buildMember(t.db, firstOrganizationId, ['staff']);
    await platformGrantInstallationAdmin(t.db, person.email.toUpperCase(), { id: null, name: 'npm run installation:admin', requestId: null, ip: null });
    const granted = await logInAs(t.app, person.email, TEST_PASSWORD);
    expect((await granted.get('/api/v1/installation/organizations')).statusCode).toBe(200);
    await expect(platformGrantInstallationAdmin(t.db, 'ingen@forsta.example', { id: null, name: 'x', requestId: null, ip: null })).rejects.toThrow(/Det finns inget konto/);
    expect(() => parseInstallationAdminArgs(['--email', 'inte-en-adress'])).toThrow(/Ange kontots e-postadress med --email/);
  });

  it('keeps her installation page working without any organisation membership', async () => {
    const person = await buildMember(t.db, firstOrganizationId, ['staff']);
    await platformGrantInstallationAdmin(t.db, person.email, { id: null, name: 'test', requestId: null, ip: null });
    await inPlatform(t.db, (tx) => tx.execute(sql`delete from memberships where user_id = ${person.id}`));
    const alone = await logInAs(t.app, person.email, TEST_PASSWORD);
    expect((await alone.get('/api/v1/auth/session')).json()).toMatchObject({ organization: null, installationAdmin: true, memberships: [] });
    expect((await alone.get('/api/v1/installation/organizations')).statusCode).toBe(200);
    expect((await alone.get('/api/v1/needs')).statusCode).toBe(403);
  });
});
