import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';

// The shared journey server runs without SECRET_KEY; saving SSO for real is in going-live.e2e.ts.
describe('the administrator opens the single sign-on settings', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('finds "Inloggning (SSO)" under administration, is told what is missing, and that the installation needs a SECRET_KEY', async () => {
    await page.goto('/administration');
    await page.getByRole('link', { name: 'Inloggning (SSO)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggning (SSO)' }).waitFor();
    await page.getByText('Enkel inloggning är inte inställd. Alla loggar in med lösenord.').waitFor();
    await page.getByText('Installationen saknar SECRET_KEY').first().waitFor();
    expect(await page.getByLabel('Omdirigerings-URI att registrera hos inloggningstjänsten').inputValue()).toMatch(/\/api\/v1\/auth\/sso\/callback$/);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Spara inloggningen' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: /Utfärdare/ }).waitFor();
    await summary.getByRole('link', { name: /Klient-id/ }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Utfärdare (issuer-URL)').fill('https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0');
    await page.getByLabel('Klient-id (program-id)').fill('11111111-1111-1111-1111-111111111111');
    await page.getByLabel('Klienthemlighet').fill('inte-en-riktig-hemlighet');
    await page.getByLabel('E-postdomäner').fill('exempelkommun.se');
    await page.getByLabel('Skapas vid första inloggningen').check();
    await page.getByLabel('Roll för användare som skapas vid första inloggningen').selectOption('staff');
    await page.getByRole('button', { name: 'Spara inloggningen' }).click();
    await summary.getByText('Installationen saknar SECRET_KEY').waitFor();

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  });
});
