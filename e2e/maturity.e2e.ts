import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember } from './support/api';

const PASSWORD = 'mitt-eget-langa-losenord';

describe('the management team rates its digital maturity together and sees the index', () => {
  let browser: Browser;
  let page: Page;
  // A year of its own, so that the demo's assessments and other runs do not get in the way.
  const year = String(2040 + (Date.now() % 50));
  const label = `Testskattning ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const member = await createMember(await adminApi(), 'Mona Mognad', ['coordinator']);
    await activateMember(member.email, member.oneTimePassword, PASSWORD);
    page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await logInWithKeyboard(page, member.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('finds "Digital mognad" in the menu, starts a self-assessment for elderly care and lands on it', async () => {
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('button', { name: /^Plan och uppföljning/ }).click();
    await nav.getByRole('link', { name: 'Digital mognad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Digital mognad' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'År', exact: true }).fill(year);
    await page.getByLabel(/Benämning/).fill(label);
    await page.getByRole('checkbox', { name: 'Äldreomsorg' }).check();
    await page.getByRole('button', { name: 'Starta mognadsskattning' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(label) }).waitFor();
  });

  it('rates the first indicator with a comment and finds her rating, and who set it, after reloading', async () => {
    const firstCell = page.locator('.maturity-cell').first();
    await firstCell.getByRole('combobox', { name: 'Bedömning' }).selectOption({ label: 'Uppnådd' });
    await firstCell.getByLabel(/Kommentar/).fill('Alla enheter har det sedan i våras.');
    await firstCell.getByRole('button', { name: 'Spara' }).click();
    await firstCell.getByText('Sparat.').waitFor();
    await firstCell.getByText(/Satt av Mona Mognad/).waitFor();
    await page.reload();
    const results = page.locator('section', { has: page.getByRole('heading', { name: 'Resultat' }) });
    await results.getByRole('heading', { name: 'Resultat' }).waitFor();
    expect(await page.locator('.maturity-cell').first().getByRole('combobox', { name: 'Bedömning' }).inputValue()).toBe('achieved');
    await expectNoAxeViolations(page);
  });

  it('reads the assessment on a phone without scrolling sideways', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('heading', { name: 'Resultat' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  });
});
