import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember } from './support/api';

const PASSWORD = 'mitt-eget-langa-losenord';

describe('a person chooses which e-mails Digiplan sends her', () => {
  let browser: Browser;
  let email: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const member = await createMember(await adminApi(), 'Elsa Epost', ['staff']);
    email = member.email;
    await activateMember(member.email, member.oneTimePassword, PASSWORD);
  });
  afterAll(async () => browser?.close());

  it('follows the link at the foot of an e-mail, logs in, turns off e-mail about decided needs with the keyboard and sees it saved, on a narrow screen', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 320, height: 800 });
    // The link every e-mail ends with; logging in leads back to it.
    await page.goto('/mina-installningar/e-post');
    await page.waitForURL((url) => url.pathname === '/logga-in');
    await page.getByLabel('E-postadress').focus();
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'password');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/mina-installningar/e-post');
    await page.getByRole('heading', { level: 1, name: 'Mina e-postinställningar' }).waitFor();
    const decided = page.getByRole('checkbox', { name: /ett behov som jag har lämnat in har fått beslut/ });
    await decided.waitFor();
    expect(await decided.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox').count()).toBeGreaterThanOrEqual(6);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await decided.focus();
    await page.keyboard.press('Space');
    expect(await decided.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Spara e-postinställningar' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/Dina e-postinställningar är sparade\. Sparat/).waitFor();
    await expectNoAxeViolations(page);

    // Still off after a reload: the server kept it.
    await page.reload();
    await decided.waitFor();
    expect(await decided.isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /avtal för ett system/ }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('finds "Mina e-postinställningar" in her user menu', async () => {
    const page = await newPage(browser);
    await logInWithKeyboard(page, email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('button', { name: /Användarmeny/ }).click();
    await page.getByRole('link', { name: 'Mina e-postinställningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina e-postinställningar' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /ett behov som jag har lämnat in har fått beslut/ }).isChecked()).toBe(false);
    await page.context().close();
  });
});
