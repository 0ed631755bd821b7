import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newPage } from './support/browser';

describe('the login page', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => browser?.close());

  it('asks for the e-mail address first and then, for a password user, the password, on a 320 px screen', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/logga-in');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.getByLabel('Lösenord', { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.getByLabel('E-postadress').fill(inject('adminEmail'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('password');
    await page.getByText(`Skriv ditt lösenord för ${inject('adminEmail')}.`).waitFor();
    await page.keyboard.type('inte-det-ratta-losenordet');
    await page.keyboard.press('Enter');
    await page.getByText('Fel e-postadress eller lösenord.').first().waitFor();
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByRole('button', { name: 'Byt e-postadress' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
  });

  it('tells a person whose single sign-on was refused why, in Swedish, with focus on the message', async () => {
    await page.goto('/logga-in?sso=not_invited');
    await page.getByText('Du har inget konto i Digiplan ännu. Be din organisations administratör att bjuda in dig.').waitFor();
    await page.getByRole('heading', { name: 'Inloggningen misslyckades' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('.error-summary') !== null)).toBe(true);
    await expectNoAxeViolations(page);
    await page.goto('/logga-in?sso=something-else');
    await page.getByText('Inloggningen misslyckades. Börja om genom att skriva din e-postadress.').waitFor();
  });

  it('lets an administrator log in with her password straight away from the link on the page', async () => {
    await page.goto('/logga-in');
    await page.getByRole('link', { name: 'Jag är administratör och loggar in med lösenord' }).click();
    await page.getByLabel('E-postadress').fill(inject('adminEmail'));
    await page.getByLabel('Lösenord', { exact: true }).fill(inject('adminPassword'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
  });
});
