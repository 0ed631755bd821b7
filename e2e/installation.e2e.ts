import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newPage } from './support/browser';

describe('the setup page of a new installation', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => browser?.close());

  it('tells an installer without the whole link what to do, and refuses a used or made-up link in Swedish', async () => {
    await page.goto('/installera');
    await page.getByRole('heading', { level: 1, name: 'Installera Digiplan' }).waitFor();
    await page.getByText('Länken saknar sin engångskod').waitFor();
    expect(await page.getByRole('button', { name: 'Skapa organisationen' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);

    // This installation has its demo organisation already, so any link is refused.
    await page.goto(`/installera#${'x'.repeat(43)}`);
    await page.reload();
    await page.getByLabel('Organisationens namn').fill('Provkommun');
    await page.getByLabel('Administratörens namn').fill('Ingrid Installatör');
    await page.getByLabel('Administratörens e-postadress').fill('ingrid@provkommun.example');
    await page.getByLabel('Lösenord').fill('ett-langt-installationslosenord');
    await page.keyboard.press('Enter');
    await page.getByText('Länken fungerar inte längre').first().waitFor();
    await expectNoAxeViolations(page);
  });
});
