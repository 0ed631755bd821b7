import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionary } from '@zxcvbn-ts/language-common';
import { isBreachedPassword } from '@server/platform/auth/breached-passwords';
import { platformIssueSetupToken } from '@server/modules/organizations/installation-setup';
import { buildMember, buildOrganization } from '@test/factories';
import { createTestApp, logInAs, type TestApp } from '@test/test-app';

/** On the shipped list (from the common-passwords dictionary), and at least 12 characters long. */
const BREACHED = 'passwordpassword';

describe('choosing a password (NIST 800-63B)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  // First: the setup link exists only while the installation has no organisation.
  it('refuses a breached password when the installer chooses the first administrator’s, without using up the setup link', async () => {
    const token = (await platformIssueSetupToken(t.db))!;
    const setup = { token, organizationName: 'Lösenordskommun', adminName: 'Ingrid Installatör', adminEmail: 'ingrid@losenordskommun.example' };
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/installation/setup', payload: { ...setup, password: BREACHED.toUpperCase() } });
    expect([refused.statusCode, refused.json().errors]).toEqual([400, [{ path: 'body.password', code: 'breached_password' }]]);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/installation/setup', payload: { ...setup, password: 'ett eget långt lösenord' } });
    expect(created.statusCode, created.body).toBe(201);
  });

  async function loggedInMember() {
    const org = await buildOrganization(t.db);
    const member = await buildMember(t.db, org.id, ['staff']);
    return { member, client: await logInAs(t.app, member.email, member.password) };
  }

  it('refuses a new password on the breached list in any case, naming the field, and keeps the old one', async () => {
    const { member, client } = await loggedInMember();
    for (const newPassword of [BREACHED, BREACHED.toUpperCase(), 'PassWordPassWord']) {
      const refused = await client.post('/api/v1/auth/password', { currentPassword: member.password, newPassword });
      expect([refused.statusCode, refused.json().errors], newPassword).toEqual([400, [{ path: 'body.newPassword', code: 'breached_password' }]]);
    }
    await logInAs(t.app, member.email, member.password);
  });

  it('accepts a long password of lower-case words without digits or symbols, and one of 256 characters, but not 11 or 257', async () => {
    const { member, client } = await loggedInMember();
    const words = 'katten sover under bordet';
    expect((await client.post('/api/v1/auth/password', { currentPassword: member.password, newPassword: words })).statusCode).toBe(200);
    const again = await logInAs(t.app, member.email, words);
    const tooShort = await again.post('/api/v1/auth/password', { currentPassword: words, newPassword: 'elva-tecken' });
    expect(tooShort.statusCode).toBe(400);
    const tooLong = await again.post('/api/v1/auth/password', { currentPassword: words, newPassword: 'å'.repeat(257) });
    expect(tooLong.statusCode).toBe(400);
    const longest = 'Ett långt lösenord med å, ä och ö. '.repeat(8).slice(0, 256);
    expect((await again.post('/api/v1/auth/password', { currentPassword: words, newPassword: longest })).statusCode).toBe(200);
    await logInAs(t.app, member.email, longest);
  });

});

describe('the breached-password list shipped with Digiplan', () => {
  it('holds every common password of 8 characters or more from its source, lower-cased, and nothing shorter', () => {
    const shipped = readFileSync(new URL('../../platform/auth/breached-passwords.txt', import.meta.url), 'utf8').trimEnd().split('\n');
    const expected = new Set(dictionary['passwords-common'].map((p) => p.trim().toLowerCase()).filter((p) => p.length >= 8));
    expect(shipped.length).toBe(expected.size);
    expect(shipped.length).toBeGreaterThan(17_000);
    expect(shipped.every((p) => expected.has(p))).toBe(true);
    expect(isBreachedPassword('PASSWORD1234')).toBe(true);
    expect(isBreachedPassword('en mening som ingen har läckt')).toBe(false);
  });
});
