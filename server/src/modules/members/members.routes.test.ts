import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logInAs, type TestApp } from '@test/test-app';
import { buildMember } from '@test/factories';
import { auditEventsOf, buildAdminScene, NON_ADMIN_ROLES, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

type Member = { id: string; userId: string; email: string; name: string; roles: string[]; isDisabled: boolean; version: number };

describe('administering members and their roles', () => {
  let t: TestApp;
  let s: AdminScene;
  const memberOf = async (userId: string) => {
    const items = (await s.clients.admin.get('/api/v1/members?limit=100')).json<{ items: Member[] }>().items;
    const member = items.find((m) => m.userId === userId);
    if (!member) throw new Error(`no member ${userId}`);
    return member;
  };
  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
  });
  afterAll(async () => t.close());

  it('shows the administrator the organisation’s members with roles, e-mail and disabled flag, page by page', async () => {
    const first = await s.clients.admin.get('/api/v1/members?limit=2');
    expect(first.statusCode).toBe(200);
    const page = first.json<{ items: Member[]; nextCursor: string | null }>();
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    const rest = (await s.clients.admin.get(`/api/v1/members?limit=100&cursor=${page.nextCursor}`)).json<{ items: Member[]; nextCursor: null }>();
    const all = [...page.items, ...rest.items];
    expect(all.map((m) => m.userId).sort()).toEqual(Object.values(s.members).map((m) => m.id).sort());
    expect(rest.nextCursor).toBeNull();
    expect(all.find((m) => m.userId === s.members.viewer.id)).toMatchObject({ roles: ['viewer'], isDisabled: false, email: s.members.viewer.email });
    expect(JSON.stringify(all)).not.toMatch(/passwordHash|argon2/);
  });

  it('finds members by part of the name or e-mail', async () => {
    const byName = (await s.clients.admin.get(`/api/v1/members?q=${encodeURIComponent('läsare')}`)).json<{ items: Member[] }>();
    expect(byName.items.map((m) => m.userId)).toEqual([s.members.viewer.id]);
  });

  it('changes a member’s roles with If-Match and records the roles before and after', async () => {
    const staff = await memberOf(s.members.staff.id);
    const read = await s.clients.admin.get(`/api/v1/members/${staff.id}`);
    expect(read.headers.etag).toBe(`"${staff.version}"`);
    const changed = await s.clients.admin.patch(`/api/v1/members/${staff.id}`, { roles: ['staff', 'manager', 'staff'] }, { ifMatch: staff.version });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ roles: ['staff', 'manager'], version: staff.version + 1 });
    expect((await auditEventsOf(t.db, staff.id)).at(-1)).toMatchObject({
      action: 'member.roles_changed',
      before: { roles: ['staff'] },
      after: { roles: ['staff', 'manager'] },
    });
    const session = await (await logInAs(t.app, s.members.staff.email, s.members.staff.password)).get('/api/v1/auth/session');
    expect(session.json().roles).toEqual(['staff', 'manager']);
  });

  it('answers 428 without If-Match, 412 when stale and 400 without any role', async () => {
    const viewer = await memberOf(s.members.viewer.id);
    expect((await s.clients.admin.patch(`/api/v1/members/${viewer.id}`, { roles: ['staff'] })).statusCode).toBe(428);
    expect((await s.clients.admin.patch(`/api/v1/members/${viewer.id}`, { roles: ['staff'] }, { ifMatch: viewer.version + 5 })).statusCode).toBe(412);
    const empty = await s.clients.admin.patch(`/api/v1/members/${viewer.id}`, { roles: [] }, { ifMatch: viewer.version });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('body.roles');
    const unknown = await s.clients.admin.patch(`/api/v1/members/${viewer.id}`, { roles: ['superuser'] }, { ifMatch: viewer.version });
    expect(unknown.statusCode).toBe(400);
  });

  it('refuses to let the only administrator give up the admin role, disable, reset or remove herself', async () => {
    const me = await memberOf(s.members.admin.id);
    const demoted = await s.clients.admin.patch(`/api/v1/members/${me.id}`, { roles: ['coordinator'] }, { ifMatch: me.version });
    expect(demoted.statusCode).toBe(409);
    expect(demoted.json()).toMatchObject({ code: 'invalid_state', errors: [{ code: 'last_admin' }] });
    expect((await s.clients.admin.post(`/api/v1/members/${me.id}/disable`)).json().errors[0].code).toBe('self');
    expect((await s.clients.admin.post(`/api/v1/members/${me.id}/reset-password`)).statusCode).toBe(409);
    expect((await s.clients.admin.delete(`/api/v1/members/${me.id}`)).statusCode).toBe(409);
    expect((await memberOf(s.members.admin.id)).roles).toEqual(['admin']);
  });

  it('lets an administrator step down once another administrator exists, and then no longer administer', async () => {
    const second = await buildMember(t.db, s.org.id, ['admin', 'coordinator'], 'Bo Biträdande');
    const secondClient = await logInAs(t.app, second.email, second.password);
    const secondMember = await memberOf(second.id);
    const stepDown = await secondClient.patch(`/api/v1/members/${secondMember.id}`, { roles: ['coordinator'] }, { ifMatch: secondMember.version });
    expect(stepDown.statusCode).toBe(200);
    expect((await logInAs(t.app, second.email, second.password).then((c) => c.get('/api/v1/members'))).statusCode).toBe(403);
  });

  it('removes a membership but keeps the user and records who she was', async () => {
    const leaver = await buildMember(t.db, s.org.id, ['staff'], 'Lena Lämnar');
    const member = await memberOf(leaver.id);
    expect((await s.clients.admin.delete(`/api/v1/members/${member.id}`)).statusCode).toBe(204);
    expect((await s.clients.admin.get(`/api/v1/members/${member.id}`)).statusCode).toBe(404);
    expect((await auditEventsOf(t.db, member.id)).at(-1)).toMatchObject({ action: 'member.removed', before: { email: leaver.email, roles: ['staff'] } });
    const session = await (await logInAs(t.app, leaver.email, leaver.password)).get('/api/v1/auth/session');
    expect(session.json()).toMatchObject({ organization: null, memberships: [] });
  });

  it.each(NON_ADMIN_ROLES)('answers 403 when a %s tries to list or administer members', async (role) => {
    const client = s.clients[role];
    const target = await memberOf(s.members.viewer.id);
    expect((await client.get('/api/v1/members')).statusCode).toBe(403);
    expect((await client.get(`/api/v1/members/${target.id}`)).statusCode).toBe(403);
    expect((await client.post('/api/v1/members', { email: 'ny@test.invalid', name: 'Ny', roles: ['staff'] })).statusCode).toBe(403);
    expect((await client.patch(`/api/v1/members/${target.id}`, { roles: ['admin'] }, { ifMatch: target.version })).statusCode).toBe(403);
    expect((await client.post(`/api/v1/members/${target.id}/disable`)).statusCode).toBe(403);
    expect((await client.post(`/api/v1/members/${target.id}/enable`)).statusCode).toBe(403);
    expect((await client.post(`/api/v1/members/${target.id}/reset-password`)).statusCode).toBe(403);
    expect((await client.delete(`/api/v1/members/${target.id}`)).statusCode).toBe(403);
    expect((await memberOf(s.members.viewer.id)).roles).toEqual(['viewer']);
  });

  it('answers 404 on every member route when another organisation’s administrator names our member', async () => {
    const target = await memberOf(s.members.viewer.id);
    const other = s.clients.otherAdmin;
    expect((await other.get(`/api/v1/members/${target.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/members/${target.id}`, { roles: ['admin'] }, { ifMatch: target.version })).statusCode).toBe(404);
    expect((await other.post(`/api/v1/members/${target.id}/disable`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/members/${target.id}/enable`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/members/${target.id}/reset-password`)).statusCode).toBe(404);
    expect((await other.delete(`/api/v1/members/${target.id}`)).statusCode).toBe(404);
    const theirList = (await other.get('/api/v1/members?limit=100')).json<{ items: Member[] }>().items;
    expect(theirList.map((m) => m.userId)).not.toContain(s.members.viewer.id);
    expect(await logInAs(t.app, s.members.viewer.email, s.members.viewer.password)).toBeTruthy();
  });
});
