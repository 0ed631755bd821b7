import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logInAs, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, testEmailDomain } from '@test/factories';
import { inviteAndAccept } from '@server/modules/members/invitations.test-support';
import { auditEventsOf, buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

type Member = { id: string; userId: string; roles: string[]; isDisabled: boolean; mustChangePassword: boolean; version: number; canManageAccount: boolean };
const NEW_PASSWORD = 'ett-eget-langt-losenord-2026';

describe('member accounts: creating, disabling and resetting', () => {
  let t: TestApp;
  let s: AdminScene;
  const loginStatus = async (email: string, password: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } })).statusCode;
  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
  });
  afterAll(async () => t.close());

  it('creates a new user with a one-time password she must replace before using the organisation', async () => {
    const address = `Nya.Kollegan@${testEmailDomain(s.org.id).toUpperCase()}`;
    const created = await s.clients.admin.post('/api/v1/members', { email: address, name: 'Nina Ny', roles: ['staff'] });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toContain('no-store');
    const member = created.json<Member & { oneTimePassword: string }>();
    expect(member).toMatchObject({ roles: ['staff'], mustChangePassword: true, isDisabled: false, canManageAccount: true });
    expect(member.oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);

    const client = await logInAs(t.app, address.toLowerCase(), member.oneTimePassword);
    expect((await client.get('/api/v1/auth/session')).json()).toMatchObject({ mustChangePassword: true, organization: { id: s.org.id } });
    expect((await client.get('/api/v1/units')).statusCode).toBe(403);
    const changed = await client.post('/api/v1/auth/password', { currentPassword: member.oneTimePassword, newPassword: NEW_PASSWORD });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mustChangePassword).toBe(false);
    const fresh = await logInAs(t.app, address.toLowerCase(), NEW_PASSWORD);
    expect((await fresh.get('/api/v1/units')).statusCode).toBe(200);

    const [event] = await auditEventsOf(t.db, member.id);
    expect(event).toMatchObject({ action: 'member.created', after: { roles: ['staff'], isNewUser: true } });
    const everything = JSON.stringify(await auditEventsOf(t.db, member.id)) + JSON.stringify(await auditEventsOf(t.db, member.userId));
    expect(everything).not.toContain(member.oneTimePassword);
    expect(everything).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses to create an account in a domain the organisation does not own, telling the administrator to invite instead', async () => {
    const elsewhere = await buildOrganization(t.db, 'Grannkommunen');
    const visitor = await buildMember(t.db, elsewhere.id, ['coordinator'], 'Greta Granne');
    for (const email of [visitor.email, `ingen.${Date.now()}@${testEmailDomain(elsewhere.id)}`, 'vem.som.helst@annan-doman.example']) {
      const refused = await s.clients.admin.post('/api/v1/members', { email, name: 'Ignoreras', roles: ['viewer'] });
      expect(refused.statusCode).toBe(422);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({ code: 'unprocessable', errors: [{ path: 'body.email', code: 'domain_not_owned' }] });
      expect(refused.body).not.toContain('Greta');
    }
    const session = await (await logInAs(t.app, visitor.email, visitor.password)).get('/api/v1/auth/session');
    expect(session.json().memberships.map((m: { organizationId: string }) => m.organizationId)).toEqual([elsewhere.id]);
  });

  it('gives a removed member of the organisation’s own domain her membership back without new credentials', async () => {
    const returning = await buildMember(t.db, s.org.id, ['staff'], 'Rut Återkommer');
    const items = (await s.clients.admin.get('/api/v1/members?limit=100')).json<{ items: Member[] }>().items;
    const member = items.find((m) => m.userId === returning.id)!;
    expect((await s.clients.admin.delete(`/api/v1/members/${member.id}`)).statusCode).toBe(204);
    const added = await s.clients.admin.post('/api/v1/members', { email: returning.email, name: 'Ignoreras', roles: ['viewer'] });
    expect(added.statusCode).toBe(201);
    expect(added.json()).not.toHaveProperty('oneTimePassword');
    expect(added.json()).toMatchObject({ userId: returning.id, name: 'Rut Återkommer', roles: ['viewer'] });
    expect((await auditEventsOf(t.db, added.json().id))[0]).toMatchObject({ after: { isNewUser: false } });
    expect(await loginStatus(returning.email, returning.password)).toBe(200);

    const again = await s.clients.admin.post('/api/v1/members', { email: returning.email.toUpperCase(), name: 'Rut', roles: ['staff'] });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ path: 'body.email', code: 'already_member' }]);
  });

  it('will not let an administrator reset, disable, rename or log out an account whose home is another organisation', async () => {
    const elsewhere = await buildOrganization(t.db, 'Kommunen bredvid');
    const theirAdmin = await buildMember(t.db, elsewhere.id, ['admin'], 'Anna Annanstans');
    const member = await inviteAndAccept(t, s.clients.admin, theirAdmin, ['staff']);
    expect(member).toMatchObject({ canManageAccount: false, name: 'Anna Annanstans' });
    const reset = await s.clients.admin.post(`/api/v1/members/${member.id}/reset-password`);
    const disabled = await s.clients.admin.post(`/api/v1/members/${member.id}/disable`);
    const enabled = await s.clients.admin.post(`/api/v1/members/${member.id}/enable`);
    const loggedOut = await s.clients.admin.post(`/api/v1/members/${member.id}/end-sessions`);
    const renamed = await s.clients.admin.patch(`/api/v1/members/${member.id}`, { roles: ['staff'], name: 'Kapad' }, { ifMatch: member.version });
    for (const response of [reset, disabled, enabled, loggedOut, renamed]) {
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'invalid_state', errors: [{ path: 'id', code: 'account_elsewhere' }] });
    }
    expect(await loginStatus(theirAdmin.email, theirAdmin.password)).toBe(200);
    const rolesOnly = await s.clients.admin.patch(`/api/v1/members/${member.id}`, { roles: ['viewer'] }, { ifMatch: member.version });
    expect(rolesOnly.statusCode).toBe(200);
    expect(rolesOnly.json()).toMatchObject({ name: 'Anna Annanstans', roles: ['viewer'] });
  });

  it('disables a membership of someone from another organisation: she is out of ours but keeps her account and home', async () => {
    const elsewhere = await buildOrganization(t.db, 'Kommunen längre bort');
    const guest = await buildMember(t.db, elsewhere.id, ['coordinator'], 'Gunnar Gäst');
    const member = await inviteAndAccept(t, s.clients.admin, guest, ['staff']);
    const guestClient = await logInAs(t.app, guest.email, guest.password);
    expect((await guestClient.put('/api/v1/auth/session/organization', { organizationId: s.org.id })).statusCode).toBe(200);
    expect((await guestClient.get('/api/v1/units')).statusCode).toBe(200);

    const off = await s.clients.admin.post(`/api/v1/members/${member.id}/membership/disable`);
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ isMembershipDisabled: true, isDisabled: false });
    expect((await guestClient.get('/api/v1/units')).statusCode).not.toBe(200);
    expect((await guestClient.put('/api/v1/auth/session/organization', { organizationId: s.org.id })).statusCode).toBe(404);
    const home = await logInAs(t.app, guest.email, guest.password);
    expect((await home.get('/api/v1/auth/session')).json()).toMatchObject({ organization: { id: elsewhere.id }, memberships: [{ organizationId: elsewhere.id }] });
    expect((await auditEventsOf(t.db, member.id)).at(-1)).toMatchObject({ action: 'member.membership_disabled' });

    expect((await s.clients.admin.post(`/api/v1/members/${member.id}/membership/enable`)).json()).toMatchObject({ isMembershipDisabled: false });
    expect((await home.put('/api/v1/auth/session/organization', { organizationId: s.org.id })).statusCode).toBe(200);
  });

  it('stops offering a person whose membership is turned off as benefit owner or task assignee, though her account lives on', async () => {
    const elsewhere = await buildOrganization(t.db, 'Kommunen vid sjön');
    const consultant = await buildMember(t.db, elsewhere.id, ['staff'], 'Karin Konsult');
    const member = await inviteAndAccept(t, s.clients.admin, consultant, ['staff']);
    const offered = async () => {
      const owners = (await s.clients.coordinator.get('/api/v1/benefit-owners')).json<{ items: { id: string }[] }>().items.map((p) => p.id);
      const assignees = (await s.clients.coordinator.get('/api/v1/systems/task-assignees')).json<{ items: { userId: string }[] }>().items.map((p) => p.userId);
      return { owner: owners.includes(consultant.id), assignee: assignees.includes(consultant.id) };
    };
    expect(await offered()).toEqual({ owner: true, assignee: true });

    expect((await s.clients.admin.post(`/api/v1/members/${member.id}/membership/disable`)).statusCode).toBe(200);
    expect(await offered()).toEqual({ owner: false, assignee: false });
    expect(await loginStatus(consultant.email, consultant.password)).toBe(200);

    expect((await s.clients.admin.post(`/api/v1/members/${member.id}/membership/enable`)).statusCode).toBe(200);
    expect(await offered()).toEqual({ owner: true, assignee: true });
  });

  it('logs a member of its own domain out everywhere without changing her password', async () => {
    const member0 = await buildMember(t.db, s.org.id, ['staff'], 'Sten Stulen Telefon');
    const herClient = await logInAs(t.app, member0.email, member0.password);
    const member = (await s.clients.admin.get('/api/v1/members?limit=100')).json<{ items: Member[] }>().items.find((m) => m.userId === member0.id)!;
    expect((await s.clients.admin.post(`/api/v1/members/${member.id}/end-sessions`)).statusCode).toBe(200);
    expect((await herClient.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect(await loginStatus(member0.email, member0.password)).toBe(200);
    expect((await auditEventsOf(t.db, member.id)).at(-1)).toMatchObject({ action: 'member.sessions_ended' });
  });

  it('refuses an invalid e-mail address, a missing name and an empty role list, field by field', async () => {
    const response = await s.clients.admin.post('/api/v1/members', { email: 'inte-en-adress', name: '', roles: [] });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.email', 'body.name', 'body.roles']);
  });

  it('disables a member: her open session gets 401, she cannot log in, and enabling lets her back', async () => {
    const nurse = await buildMember(t.db, s.org.id, ['staff'], 'Stina Sjuksköterska');
    const herClient = await logInAs(t.app, nurse.email, nurse.password);
    const member = (await s.clients.admin.get('/api/v1/members?limit=100')).json<{ items: Member[] }>().items.find((m) => m.userId === nurse.id)!;

    const disabled = await s.clients.admin.post(`/api/v1/members/${member.id}/disable`);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ isDisabled: true, version: member.version + 1 });
    expect((await herClient.get('/api/v1/organization')).statusCode).toBe(401);
    expect(await loginStatus(nurse.email, nurse.password)).toBe(401);
    const client = new pg.Client({ connectionString: t.adminUrl });
    await client.connect();
    const sessions = await client.query('select count(*)::int as n from sessions where user_id = $1', [nurse.id]);
    await client.end();
    expect(sessions.rows[0].n).toBe(0);
    expect((await auditEventsOf(t.db, member.id)).at(-1)).toMatchObject({ action: 'member.disabled', before: { isDisabled: false }, after: { isDisabled: true } });

    const enabled = await s.clients.admin.post(`/api/v1/members/${member.id}/enable`);
    expect(enabled.json().isDisabled).toBe(false);
    expect(await loginStatus(nurse.email, nurse.password)).toBe(200);
    expect((await auditEventsOf(t.db, member.id)).at(-1)).toMatchObject({ action: 'member.enabled' });
  });

  it('resets a password: the old one and her sessions stop working, the new one-time password must be changed', async () => {
    const forgetful = await buildMember(t.db, s.org.id, ['manager'], 'Glenn Glömsk');
    const herClient = await logInAs(t.app, forgetful.email, forgetful.password);
    const member = (await s.clients.admin.get('/api/v1/members?limit=100')).json<{ items: Member[] }>().items.find((m) => m.userId === forgetful.id)!;
    const reset = await s.clients.admin.post(`/api/v1/members/${member.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const { oneTimePassword } = reset.json<{ oneTimePassword: string }>();
    expect(oneTimePassword).toHaveLength(16);
    expect((await herClient.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect(await loginStatus(forgetful.email, forgetful.password)).toBe(401);
    const renewed = await logInAs(t.app, forgetful.email, oneTimePassword);
    expect((await renewed.get('/api/v1/auth/session')).json().mustChangePassword).toBe(true);
    const event = (await auditEventsOf(t.db, member.id)).at(-1);
    expect(event).toMatchObject({ action: 'member.password_reset', after: { mustChangePassword: true } });
    expect(JSON.stringify(event)).not.toContain(oneTimePassword);
  });

  it('lets an administrator disable another, then refuses to leave the organisation without an enabled administrator', async () => {
    const deputy = await buildMember(t.db, s.org.id, ['admin'], 'Dan Ställföreträdare');
    const deputyClient = await logInAs(t.app, deputy.email, deputy.password);
    const items = (await s.clients.admin.get('/api/v1/members?limit=100')).json<{ items: Member[] }>().items;
    const anna = items.find((m) => m.userId === s.members.admin.id)!;
    const dan = items.find((m) => m.userId === deputy.id)!;
    expect((await deputyClient.post(`/api/v1/members/${anna.id}/disable`)).statusCode).toBe(200);
    expect((await s.clients.admin.get('/api/v1/members')).statusCode).toBe(401);
    const demoteSelf = await deputyClient.patch(`/api/v1/members/${dan.id}`, { roles: ['staff'] }, { ifMatch: dan.version });
    expect(demoteSelf.json()).toMatchObject({ code: 'invalid_state', errors: [{ code: 'last_admin' }] });
    expect((await deputyClient.post(`/api/v1/members/${anna.id}/enable`)).statusCode).toBe(200);
  });
});
