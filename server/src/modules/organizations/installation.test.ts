import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { inPlatform } from '@server/platform/tenancy/context';
import { users } from '@server/modules/users/users.tables';
import { hashPassword } from '@server/platform/auth/passwords';
import { createTestApp, logInAs, type TestApp } from '@test/test-app';
import { auditEventsOf } from '@server/modules/organizations/org-admin.test-support';
import { platformIssueSetupToken, SETUP_LINK_TTL_MS } from '@server/modules/organizations/installation-setup';
import { OrganizationRefused, platformCreateOrganization } from '@server/modules/organizations/platform-create-organization';
import { parseOrgCreateArgs } from '@server/ops/org-create-command';

const PASSWORD = 'ett-langt-installationslosenord';
const setup = (token: string, over: Record<string, unknown> = {}) => ({
  token,
  organizationName: 'Provkommun – Vård och omsorg',
  adminName: 'Ingrid Installatör',
  adminEmail: 'ingrid@provkommun.example',
  password: PASSWORD,
  ...over,
});

describe('the first start of an installation without demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('lets the installer create the first organisation once with the printed link, and its administrator logs in', async () => {
    const expired = await platformIssueSetupToken(t.db, new Date(Date.now() - SETUP_LINK_TTL_MS - 1000));
    const refusedExpired = await t.app.inject({ method: 'POST', url: '/api/v1/installation/setup', payload: setup(expired!) });
    expect([refusedExpired.statusCode, refusedExpired.json().errors]).toEqual([404, [{ path: 'body.token', code: 'setup_link_invalid' }]]);
    const madeUp = await t.app.inject({ method: 'POST', url: '/api/v1/installation/setup', payload: setup('x'.repeat(43)) });
    expect(madeUp.statusCode).toBe(404);

    const token = (await platformIssueSetupToken(t.db))!;
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/installation/setup', payload: setup(token) });
    expect(created.statusCode, created.body).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/installation/setup', payload: setup(token, { organizationName: 'Andra', adminEmail: 'x@annan.example' }) });
    expect(again.statusCode).toBe(404);
    expect(await platformIssueSetupToken(t.db)).toBeUndefined();

    const admin = await logInAs(t.app, 'ingrid@provkommun.example', PASSWORD);
    // The installation's first administrator is its installation administrator (ADR 0006).
    expect((await admin.get('/api/v1/auth/session')).json()).toMatchObject({ installationAdmin: true });
    expect((await admin.get('/api/v1/organization')).json()).toMatchObject({ name: 'Provkommun – Vård och omsorg' });
    expect((await admin.get('/api/v1/organization/email-domains')).json()).toMatchObject({ items: [{ domain: 'provkommun.example' }] });
    expect((await auditEventsOf(t.db, created.json<{ organizationId: string }>().organizationId)).map((e) => e.action)).toEqual(['organization.created']);
  });

  it('refuses an administrator in a domain another organisation owns, or whose account exists, and creates nothing', async () => {
    const first = await platformCreateOrganization(t.db, { name: 'Kommun A', adminEmail: 'anna@kommun-a.example', adminName: 'Anna' }, { id: null, name: 'test' });
    expect(first.oneTimePassword).toMatch(/.{12,}/);
    await expect(platformCreateOrganization(t.db, { name: 'Kommun B', adminEmail: 'bertil@kommun-a.example', adminName: 'Bertil' }, { id: null, name: 'test' })).rejects.toMatchObject({
      code: 'domain_owned',
    });
    await inPlatform(t.db, async (tx) => tx.insert(users).values({ id: uuidv7(), email: 'cecilia@fri.example', name: 'Cecilia', passwordHash: await hashPassword(PASSWORD) }));
    const existing = platformCreateOrganization(t.db, { name: 'Kommun C', adminEmail: 'Cecilia@fri.example', adminName: 'Cecilia' }, { id: null, name: 'test' });
    await expect(existing).rejects.toBeInstanceOf(OrganizationRefused);
    await expect(existing).rejects.toMatchObject({ code: 'account_exists' });
    await expect(platformCreateOrganization(t.db, { name: 'kommun a', adminEmail: 'd@kommun-d.example', adminName: 'D' }, { id: null, name: 'test' })).rejects.toMatchObject({ code: 'name_taken' });
  });

  it('tells the operator in Swedish what npm run org:create needs', () => {
    expect(parseOrgCreateArgs(['--name', 'Kommun E', '--admin-email', 'e@kommun-e.example'])).toEqual({ name: 'Kommun E', adminEmail: 'e@kommun-e.example', adminName: 'Administratör' });
    expect(() => parseOrgCreateArgs(['--admin-email', 'e@kommun-e.example'])).toThrow(/Ange organisationens namn med --name/);
    expect(() => parseOrgCreateArgs(['--name', 'Kommun E', '--admin-email', 'inte-en-adress'])).toThrow(/--admin-email/);
  });
});
