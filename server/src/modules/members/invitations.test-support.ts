import { expect } from 'vitest';
import type { Role } from '@domain/roles';
import type { TMember } from '@domain/members.contracts';
import type { TestMember } from '@test/factories';
import { logInAs, type ApiClient, type TestApp } from '@test/test-app';

/**
 * Invites `person` (an account of another organisation, with a password of her own) through the
 * administrator's client, lets her accept through her own session, and returns her new
 * membership as the inviting administrator sees it.
 */
export async function inviteAndAccept(t: TestApp, admin: ApiClient, person: TestMember, roles: Role[]): Promise<TMember> {
  const invited = await admin.post('/api/v1/members/invitations', { email: person.email, roles });
  expect(invited.statusCode).toBe(201);
  const herClient = await logInAs(t.app, person.email, person.password);
  const accepted = await herClient.post(`/api/v1/me/invitations/${invited.json<{ id: string }>().id}/accept`);
  expect(accepted.statusCode).toBe(204);
  const items = (await admin.get('/api/v1/members?limit=100')).json<{ items: TMember[] }>().items;
  const member = items.find((m) => m.email === person.email);
  if (!member) throw new Error(`no membership for ${person.email}`);
  return member;
}
