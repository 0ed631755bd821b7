import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailDomainOf } from '@domain/members.contracts';
import type { Role } from '@domain/roles';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, testEmail, testEmailDomain, TEST_PASSWORD } from '@test/factories';
import { platformCreateMember } from '@server/seed/demo-organization';
import { inviteAndAccept } from '@server/modules/members/invitations.test-support';

/*
 * ADR 0004 as a property: two organisations' administrators each do any sequence of what the
 * members API allows, with addresses of their own domain, the other's and a domain nobody owns,
 * while three people with passwords of their own (one per domain) now and then accept an
 * invitation. Whatever the administrators do, neither gains a membership, a session or a name in
 * the other organisation beyond what a person accepted herself, and neither can lock the other out
 * of managing its own accounts.
 */

type Side = 'A' | 'B';
type Op = 'accept' | 'create' | 'invite' | 'withdraw' | 'roles' | 'rename' | 'disable' | 'enable' | 'disableMembership' | 'enableMembership' | 'reset' | 'endSessions' | 'remove';
type Command = { side: Side; op: Op; pick: number; roles: Role[] };
type Member = { id: string; userId: string; email: string; version: number; canManageAccount: boolean; roles: Role[] };

const ROLES: Role[] = ['admin', 'coordinator', 'staff', 'viewer'];
const command: fc.Arbitrary<Command> = fc.record({
  side: fc.constantFrom<Side>('A', 'B'),
  // Inviting and accepting are weighted up: they make the cross-domain memberships the other
  // actions must then leave alone.
  op: fc.oneof(
    { arbitrary: fc.constantFrom<Op>('accept', 'invite'), weight: 6 },
    { arbitrary: fc.constantFrom<Op>('create', 'withdraw', 'roles', 'rename', 'disable', 'enable', 'disableMembership', 'enableMembership', 'reset', 'endSessions', 'remove'), weight: 11 },
  ),
  pick: fc.nat({ max: 50 }),
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 2 }),
});

/** The account-wide actions: a success is only ever allowed on an account of the actor's own domain. */
const ACCOUNT_OPS = new Set<Op>(['rename', 'disable', 'enable', 'reset', 'endSessions']);

describe('account isolation between organisations (property)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('never lets one organisation’s administrator gain a membership, a session or a name in the other, whatever she does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
        const run = uuidv7().slice(-6);
        const org = { A: await buildOrganization(t.db, `Kommun A ${run}`), B: await buildOrganization(t.db, `Kommun B ${run}`) };
        const adminOf = { A: await buildMember(t.db, org.A.id, ['admin'], `Admin A ${run}`), B: await buildMember(t.db, org.B.id, ['admin'], `Admin B ${run}`) };
        // People whose names each side must never learn from the other's administrator's answers.
        const secretA = await buildMember(t.db, org.A.id, ['coordinator'], `Hemlig A ${run}`);
        const secretB = await buildMember(t.db, org.B.id, ['staff'], `Hemlig B ${run}`);
        const nobodysDomain = `fri-${run}.example`;
        const thirdOrg = await buildOrganization(t.db, `Kommun C ${run}`);
        const nobodysEmail = `hemlig.c@${nobodysDomain}`;
        await platformCreateMember(t.db, thirdOrg.id, { email: nobodysEmail, name: `Hemlig C ${run}`, password: TEST_PASSWORD, roles: ['viewer'] });
        const addresses = [
          secretA.email, adminOf.A.email, testEmail(org.A.id, 'ny'), testEmail(org.A.id, 'ny2'),
          secretB.email, adminOf.B.email, testEmail(org.B.id, 'ny'), testEmail(org.B.id, 'ny2'),
          nobodysEmail, `ny.c@${nobodysDomain}`,
        ];
        const client: Record<Side, ApiClient> = {
          A: await logInAs(t.app, adminOf.A.email, adminOf.A.password),
          B: await logInAs(t.app, adminOf.B.email, adminOf.B.password),
        };
        const domainOf = { A: testEmailDomain(org.A.id), B: testEmailDomain(org.B.id) };
        const secretsHiddenFrom = { A: [`Hemlig B ${run}`, `Hemlig C ${run}`, secretB.id], B: [`Hemlig A ${run}`, `Hemlig C ${run}`, secretA.id] };
        const credentials: Array<{ side: Side; email: string; password: string }> = [];
        const people = [
          { email: secretA.email, password: secretA.password, secret: `Hemlig A ${run}`, id: secretA.id },
          { email: secretB.email, password: secretB.password, secret: `Hemlig B ${run}`, id: secretB.id },
          { email: nobodysEmail, password: TEST_PASSWORD, secret: `Hemlig C ${run}`, id: '' },
        ];
        /** Secrets a side may know because their person accepted its invitation. */
        const consented: Record<Side, Set<string>> = { A: new Set(), B: new Set() };
        const hidden = (side: Side) => secretsHiddenFrom[side].filter((secret) => !consented[side].has(secret));
        // Each side starts with a guest from the other's domain who accepted its invitation herself:
        // the accounts whose passwords, names and sessions the guest's host must leave alone.
        const guests: Array<{ email: string; host: Side }> = [];
        const consentedEmails = (side: Side) => [...people.filter((p) => consented[side].has(p.secret)).map((p) => p.email), ...guests.filter((g) => g.host === side).map((g) => g.email)];
        for (const [host, home] of [['A', 'B'], ['B', 'A']] as const) {
          const guest = await buildMember(t.db, org[home].id, ['staff'], `Gäst hos ${host} ${run}`);
          await inviteAndAccept(t, client[host], guest, ['viewer']);
          guests.push({ email: guest.email, host });
        }
        const membersOf = async (side: Side) => (await client[side].get('/api/v1/members?limit=100')).json<{ items: Member[] }>().items;

        for (const { side, op, pick, roles } of commands) {
          const api = client[side];
          const email = addresses[pick % addresses.length]!;
          const members = await membersOf(side);
          const target = members[pick % members.length]!;
          let response: LightMyRequestResponse;
          switch (op) {
            case 'accept': {
              const person = people[pick % people.length]!;
              const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: person.email, password: person.password } });
              if (login.statusCode !== 200) continue;
              const herClient = await logInAs(t.app, person.email, person.password);
              const mine = (await herClient.get('/api/v1/me/invitations')).json<{ items: Array<{ id: string; organizationName: string }> }>().items;
              for (const invitation of mine) {
                const accepted = await herClient.post(`/api/v1/me/invitations/${invitation.id}/accept`);
                expect(accepted.statusCode).toBeLessThan(500);
                if (accepted.statusCode !== 204) continue;
                const joined: Side = invitation.organizationName.startsWith('Kommun A') ? 'A' : 'B';
                consented[joined].add(person.secret);
                if (person.id) consented[joined].add(person.id);
              }
              continue;
            }
            case 'create':
              response = await api.post('/api/v1/members', { email, name: `Ny ${side}`, roles });
              break;
            case 'invite':
              // Mostly the three people with passwords of their own, so that some invitations are accepted.
              response = await api.post('/api/v1/members/invitations', { email: pick % 2 === 0 ? people[pick % people.length]!.email : email, roles });
              break;
            case 'withdraw': {
              const pending = (await api.get('/api/v1/members/invitations')).json<{ items: Array<{ id: string }> }>().items;
              // Also try the other side's invitations: they must be 404.
              const theirs = (await client[side === 'A' ? 'B' : 'A'].get('/api/v1/members/invitations')).json<{ items: Array<{ id: string }> }>().items;
              const all = [...pending, ...theirs];
              if (all.length === 0) continue;
              const invitation = all[pick % all.length]!;
              response = await api.delete(`/api/v1/members/invitations/${invitation.id}`);
              if (theirs.some((i) => i.id === invitation.id)) expect(response.statusCode).toBe(404);
              break;
            }
            case 'roles':
              // Stepping down herself is allowed (members.routes.test) but would end this side's run.
              if (target.email === adminOf[side].email && !roles.includes('admin')) continue;
              response = await api.patch(`/api/v1/members/${target.id}`, { roles }, { ifMatch: target.version });
              break;
            case 'rename':
              response = await api.patch(`/api/v1/members/${target.id}`, { roles: target.roles, name: `Omdöpt av ${side}` }, { ifMatch: target.version });
              break;
            case 'disable':
            case 'enable':
              response = await api.post(`/api/v1/members/${target.id}/${op}`);
              break;
            case 'disableMembership':
            case 'enableMembership':
              response = await api.post(`/api/v1/members/${target.id}/membership/${op === 'disableMembership' ? 'disable' : 'enable'}`);
              break;
            case 'reset':
              response = await api.post(`/api/v1/members/${target.id}/reset-password`);
              break;
            case 'endSessions':
              response = await api.post(`/api/v1/members/${target.id}/end-sessions`);
              break;
            case 'remove':
              response = await api.delete(`/api/v1/members/${target.id}`);
              break;
          }
          expect(response.statusCode).toBeLessThan(500);
          for (const secret of hidden(side)) expect(response.body).not.toContain(secret);
          // Creating is answered by the domain alone, never by whether the account exists.
          if (op === 'create' && emailDomainOf(email) !== domainOf[side]) expect(response.json().errors).toEqual([{ path: 'body.email', code: 'domain_not_owned' }]);
          if (ACCOUNT_OPS.has(op) && response.statusCode === 200) expect(emailDomainOf(target.email)).toBe(domainOf[side]);
          const oneTimePassword = response.statusCode < 300 && response.body ? (response.json() as { oneTimePassword?: string }).oneTimePassword : undefined;
          if (oneTimePassword) {
            const issuedFor = op === 'create' ? email : target.email;
            credentials.push({ side, email: issuedFor, password: oneTimePassword });
          }
        }

        for (const side of ['A', 'B'] as const) {
          const other: Side = side === 'A' ? 'B' : 'A';
          const members = await membersOf(side);
          // Nobody joined without accepting herself; each side manages exactly its own domain's accounts.
          const acceptedEmails = consentedEmails(side);
          for (const member of members) {
            const own = emailDomainOf(member.email) === domainOf[side];
            expect(own || acceptedEmails.includes(member.email)).toBe(true);
            expect(member.canManageAccount).toBe(own);
          }
          for (const secret of hidden(side)) expect(JSON.stringify(members)).not.toContain(secret);
          const invitations = (await client[side].get('/api/v1/members/invitations')).body;
          for (const secret of hidden(side)) expect(invitations).not.toContain(secret);
          // The other side can still manage its own administrator's organisation.
          expect((await logInAs(t.app, adminOf[other].email, adminOf[other].password).then((c) => c.get('/api/v1/members'))).statusCode).toBe(200);
        }
        // Every credential an administrator ever held opens only an account of her own domain,
        // a member of the other organisation only if the person accepted its invitation herself.
        for (const { side, email, password } of credentials) {
          expect(emailDomainOf(email)).toBe(domainOf[side]);
          const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
          if (login.statusCode !== 200) continue;
          const other: Side = side === 'A' ? 'B' : 'A';
          const joinedByConsent = consentedEmails(other).includes(email);
          const memberships = login.json<{ memberships: Array<{ organizationId: string }> }>().memberships;
          for (const m of memberships) expect(m.organizationId === org[side].id || (m.organizationId === org[other].id && joinedByConsent)).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
