import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember, type Api } from './support/api';

const PASSWORD = 'mitt-eget-langa-losenord';

describe('a person ends a session she left open on another computer', () => {
  let browser: Browser;
  let email: string;
  let elsewhere: Api;

  beforeAll(async () => {
    browser = await launchBrowser();
    const member = await createMember(await adminApi(), 'Lena Glomsk', ['staff']);
    email = member.email;
    elsewhere = await activateMember(member.email, member.oneTimePassword, PASSWORD);
  });
  afterAll(async () => browser?.close());

  it('finds "Mina inloggningar" in her menu, sees both sessions and logs the other one out, also on a narrow screen', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 320, height: 800 });
    await logInWithKeyboard(page, email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('button', { name: /Användarmeny/ }).click();
    await page.getByRole('link', { name: 'Mina inloggningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina inloggningar' }).waitFor();
    await page.getByText('Den här inloggningen').waitFor();
    await expectNoAxeViolations(page);

    // Activating her account left two sessions elsewhere: the one the password change gave and the API login.
    const endButtons = page.getByRole('button', { name: /^Logga ut .*, inloggad / });
    expect(await endButtons.count()).toBe(2);
    await endButtons.first().click();
    await page.getByText('Inloggningen är avslutad.').waitFor();
    await expect.poll(() => endButtons.count()).toBe(1);
    await page.getByRole('button', { name: 'Logga ut överallt utom här' }).click();
    await page.getByText('Du är bara inloggad här.').waitFor();
    expect((await elsewhere.request('GET', '/auth/session')).status).toBe(401);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
