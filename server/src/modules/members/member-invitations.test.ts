import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, testEmail, testEmailDomain, type TestMember, type TestOrganization } from '@test/factories';
import { inPlatform } from '@server/platform/tenancy/context';
import { memberInvitations } from '@server/modules/users/users.tables';
import { auditEventsOf } from '@server/modules/organizations/org-admin.test-support';

type Member = { id: string; userId: string; email: string; name: string; roles: string[]; version: number; canManageAccount: boolean; isDisabled: boolean };
type Invitation = { id: string; email: string; roles: string[]; createdAt: string; expiresAt: string };
const OWN_PASSWORD = 'ett-eget-valt-losenord-2026';

describe('invitations across organisations: no organisation takes over, learns about or locks another’s accounts', () => {
  let t: TestApp;
  let a: TestOrganization;
  let b: TestOrganization;
  let adminA: ApiClient;
  let adminB: ApiClient;
  let alice: TestMember;
  const loginStatus = async (email: string, password: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } })).statusCode;
  const memberIn = async (admin: ApiClient, email: string) =>
    (await admin.get('/api/v1/members?limit=100')).json<{ items: Member[] }>().items.find((m) => m.email === email);

  beforeAll(async () => {
    t = await createTestApp();
    a = await buildOrganization(t.db, 'Kommun A');
    b = await buildOrganization(t.db, 'Kommun B');
    const a0 = await buildMember(t.db, a.id, ['admin'], 'Agnes Admin A');
    const b0 = await buildMember(t.db, b.id, ['admin'], 'Bertil Admin B');
    alice = await buildMember(t.db, a.id, ['coordinator'], 'Alice Samordnare');
    adminA = await logInAs(t.app, a0.email, a0.password);
    adminB = await logInAs(t.app, b0.email, b0.password);
  });
  afterAll(async () => t.close());

  it('shows an administrator the e-mail domains her organisation owns', async () => {
    const domains = await adminA.get('/api/v1/organization/email-domains');
    expect(domains.statusCode).toBe(200);
    expect(domains.json().items).toEqual([{ domain: testEmailDomain(a.id), createdAt: expect.any(String) }]);
  });

  it('refuses an administrator of B an account in A’s domain, so she never holds a one-time password A’s person will use', async () => {
    const future = testEmail(a.id, 'blivande');
    const created = await adminB.post('/api/v1/members', { email: future, name: 'Fälla', roles: ['admin'] });
    expect(created.statusCode).toBe(422);
    expect(created.json().errors).toEqual([{ path: 'body.email', code: 'domain_not_owned' }]);
    // A later creates the same address: it is A's own new account, with A's one-time password only.
    const byA = await adminA.post('/api/v1/members', { email: future, name: 'Frida Framtid', roles: ['coordinator'] });
    expect(byA.statusCode).toBe(201);
    expect(byA.json()).toHaveProperty('oneTimePassword');
    expect(await memberIn(adminB, future)).toBeUndefined();
  });

  it('answers B’s invitation of an address of A exactly as for an address nobody has, with no name and no credentials', async () => {
    const existing = await adminB.post('/api/v1/members/invitations', { email: alice.email, roles: ['viewer'] });
    const unknown = await adminB.post('/api/v1/members/invitations', { email: testEmail(a.id, 'finns.inte'), roles: ['viewer'] });
    expect(existing.statusCode).toBe(201);
    expect(unknown.statusCode).toBe(201);
    expect(Object.keys(existing.json()).sort()).toEqual(Object.keys(unknown.json()).sort());
    expect(Object.keys(existing.json()).sort()).toEqual(['createdAt', 'email', 'expiresAt', 'id', 'roles']);
    expect(existing.body).not.toContain('Alice');
    expect(existing.body).not.toContain(alice.id);
    expect(existing.body).not.toMatch(/password/i);
    const pending = (await adminB.get('/api/v1/members/invitations')).json<{ items: Invitation[] }>().items;
    expect(pending.map((i) => i.email)).toEqual(expect.arrayContaining([alice.email]));
    expect(JSON.stringify(pending)).not.toContain('Alice');
    expect(await memberIn(adminB, alice.email)).toBeUndefined();
  });

  it('lets A still reset, rename and disable its own user after B invited her', async () => {
    const member = (await memberIn(adminA, alice.email))!;
    expect(member.canManageAccount).toBe(true);
    const renamed = await adminA.patch(`/api/v1/members/${member.id}`, { roles: member.roles, name: 'Alice Samordnare-Berg' }, { ifMatch: member.version });
    expect(renamed.statusCode).toBe(200);
    expect((await adminA.post(`/api/v1/members/${member.id}/disable`)).statusCode).toBe(200);
    expect((await adminA.post(`/api/v1/members/${member.id}/enable`)).statusCode).toBe(200);
    const reset = await adminA.post(`/api/v1/members/${member.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    // Give Alice a password of her own again for the tests that follow.
    const first = await logInAs(t.app, alice.email, reset.json().oneTimePassword);
    expect((await first.post('/api/v1/auth/password', { currentPassword: reset.json().oneTimePassword, newPassword: OWN_PASSWORD })).statusCode).toBe(200);
    alice = { ...alice, password: OWN_PASSWORD };
  });

  it('will not let an account still on its one-time password accept an invitation', async () => {
    const created = await adminA.post('/api/v1/members', { email: testEmail(a.id, 'ny'), name: 'Nils Ny', roles: ['staff'] });
    const { email, oneTimePassword } = created.json<{ email: string; oneTimePassword: string }>();
    const invited = await adminB.post('/api/v1/members/invitations', { email, roles: ['admin'] });
    const nils = await logInAs(t.app, email, oneTimePassword);
    const mine = await nils.get('/api/v1/me/invitations');
    expect(mine.json().items).toEqual([expect.objectContaining({ id: invited.json().id, organizationName: 'Kommun B', roles: ['admin'] })]);
    const accepted = await nils.post(`/api/v1/me/invitations/${invited.json().id}/accept`);
    expect(accepted.statusCode).toBe(409);
    expect(accepted.json().errors).toEqual([{ path: 'id', code: 'must_change_password' }]);
    expect(await memberIn(adminB, email)).toBeUndefined();
  });

  it('makes the invited person a member with exactly the invited roles once she accepts, and B still cannot manage her account', async () => {
    const alices = await logInAs(t.app, alice.email, alice.password);
    const [invitation] = (await alices.get('/api/v1/me/invitations')).json<{ items: Array<{ id: string; organizationName: string; roles: string[] }> }>().items;
    expect(invitation).toMatchObject({ organizationName: 'Kommun B', roles: ['viewer'] });
    expect((await alices.post(`/api/v1/me/invitations/${invitation!.id}/accept`)).statusCode).toBe(204);
    expect((await alices.get('/api/v1/me/invitations')).json().items).toEqual([]);
    const switched = await alices.put('/api/v1/auth/session/organization', { organizationId: b.id });
    expect(switched.json()).toMatchObject({ organization: { id: b.id }, roles: ['viewer'] });

    const member = (await memberIn(adminB, alice.email))!;
    expect(member).toMatchObject({ roles: ['viewer'], canManageAccount: false });
    expect((await auditEventsOf(t.db, member.id))[0]).toMatchObject({ action: 'member.invitation_accepted', after: { roles: ['viewer'] } });
    for (const path of ['reset-password', 'disable', 'enable', 'end-sessions']) {
      const response = await adminB.post(`/api/v1/members/${member.id}/${path}`);
      expect(response.json().errors).toEqual([{ path: 'id', code: 'account_elsewhere' }]);
    }
    expect((await adminB.patch(`/api/v1/members/${member.id}`, { roles: ['viewer'], name: 'Kapad' }, { ifMatch: member.version })).statusCode).toBe(409);
    expect(await loginStatus(alice.email, alice.password)).toBe(200);
    expect((await memberIn(adminA, alice.email))!.name).toBe('Alice Samordnare-Berg');
  });

  it('will not accept a withdrawn, declined or expired invitation, nor another person’s', async () => {
    const bob = await buildMember(t.db, a.id, ['staff'], 'Bo Bortbjuden');
    const bobs = await logInAs(t.app, bob.email, bob.password);
    const withdrawn = (await adminB.post('/api/v1/members/invitations', { email: bob.email, roles: ['staff'] })).json<Invitation>();
    expect((await adminB.delete(`/api/v1/members/invitations/${withdrawn.id}`)).statusCode).toBe(204);
    expect((await bobs.post(`/api/v1/me/invitations/${withdrawn.id}/accept`)).statusCode).toBe(404);

    const declined = (await adminB.post('/api/v1/members/invitations', { email: bob.email, roles: ['staff'] })).json<Invitation>();
    expect((await bobs.post(`/api/v1/me/invitations/${declined.id}/decline`)).statusCode).toBe(204);
    expect((await bobs.post(`/api/v1/me/invitations/${declined.id}/accept`)).statusCode).toBe(404);

    const expired = (await adminB.post('/api/v1/members/invitations', { email: bob.email, roles: ['staff'] })).json<Invitation>();
    await inPlatform(t.db, (tx) => tx.update(memberInvitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(memberInvitations.id, expired.id)));
    expect((await bobs.get('/api/v1/me/invitations')).json().items).toEqual([]);
    expect((await bobs.post(`/api/v1/me/invitations/${expired.id}/accept`)).statusCode).toBe(404);
    expect((await adminB.get('/api/v1/members/invitations')).json<{ items: Invitation[] }>().items.map((i) => i.id)).not.toContain(expired.id);

    const forCarl = (await adminB.post('/api/v1/members/invitations', { email: testEmail(a.id, 'carl'), roles: ['admin'] })).json<Invitation>();
    expect((await bobs.post(`/api/v1/me/invitations/${forCarl.id}/accept`)).statusCode).toBe(404);
    expect(await memberIn(adminB, bob.email)).toBeUndefined();
  });

  it('answers 404 when an administrator of another organisation withdraws an invitation that is not hers', async () => {
    const invitation = (await adminB.post('/api/v1/members/invitations', { email: 'extern@leverantor.example', roles: ['viewer'] })).json<Invitation>();
    expect((await adminA.delete(`/api/v1/members/invitations/${invitation.id}`)).statusCode).toBe(404);
    expect((await adminA.get('/api/v1/members/invitations')).json<{ items: Invitation[] }>().items.map((i) => i.id)).not.toContain(invitation.id);
    expect((await adminB.get('/api/v1/members/invitations')).json<{ items: Invitation[] }>().items.map((i) => i.id)).toContain(invitation.id);
  });

  it('tells an administrator to add, not invite, an address in her own domain, and refuses a second pending invitation', async () => {
    const own = await adminA.post('/api/v1/members/invitations', { email: testEmail(a.id), roles: ['staff'] });
    expect(own.statusCode).toBe(422);
    expect(own.json().errors).toEqual([{ path: 'body.email', code: 'domain_owned' }]);
    const email = 'tva.ganger@leverantor.example';
    expect((await adminA.post('/api/v1/members/invitations', { email, roles: ['staff'] })).statusCode).toBe(201);
    const twice = await adminA.post('/api/v1/members/invitations', { email: email.toUpperCase(), roles: ['staff'] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors).toEqual([{ path: 'body.email', code: 'already_invited' }]);
  });

  it('does not show another organisation that the home organisation reset its person’s password', async () => {
    const guest = await buildMember(t.db, a.id, ['staff'], 'Greta Gäst');
    const invitation = (await adminB.post('/api/v1/members/invitations', { email: guest.email, roles: ['staff'] })).json<Invitation>();
    expect((await (await logInAs(t.app, guest.email, guest.password)).post(`/api/v1/me/invitations/${invitation.id}/accept`)).statusCode).toBe(204);
    const inA = (await memberIn(adminA, guest.email))!;
    expect((await adminA.post(`/api/v1/members/${inA.id}/reset-password`)).statusCode).toBe(200);
    expect((await adminA.get(`/api/v1/members/${inA.id}`)).json().mustChangePassword).toBe(true);
    const inB = (await memberIn(adminB, guest.email))!;
    expect((await adminB.get(`/api/v1/members/${inB.id}`)).json()).toMatchObject({ mustChangePassword: false, canManageAccount: false });
  });

  it('answers 403 when someone without user administration lists, sends or withdraws invitations', async () => {
    const coordinator = await logInAs(t.app, alice.email, alice.password);
    expect((await coordinator.get('/api/v1/members/invitations')).statusCode).toBe(403);
    expect((await coordinator.post('/api/v1/members/invitations', { email: 'x@leverantor.example', roles: ['staff'] })).statusCode).toBe(403);
    expect((await coordinator.get('/api/v1/organization/email-domains')).statusCode).toBe(403);
  });
});
