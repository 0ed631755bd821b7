import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember } from './support/api';

const PASSWORD = 'e2e-fardplan-losenord-1';

/** The data rows of the roadmap's table (the header row left out). */
const tableRows = (page: Page) => page.getByRole('table', { name: 'Färdplanens förändringar' }).locator('tbody tr');

describe('a coordinator reads the roadmap of the plan and keeps the strategy frame', () => {
  let browser: Browser;
  let page: Page;
  let planId = '';
  let itemCount = 0;

  beforeAll(async () => {
    const admin = await adminApi();
    const member = await createMember(admin, 'Fanny Utvecklingsledare', ['coordinator']);
    const coordinator = await activateMember(member.email, member.oneTimePassword, PASSWORD);
    const plans = await coordinator.request<{ items: { id: string; title: string; itemCount: number }[] }>('GET', '/plans');
    const plan = plans.data.items.find((p) => p.title === 'Digitaliseringsplan 2026–2028');
    if (!plan) throw new Error('the demo plan is missing');
    planId = plan.id;
    itemCount = plan.itemCount;
    browser = await launchBrowser();
    page = await newPage(browser);
    await logInWithKeyboard(page, member.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('shows the plan on a timeline and in a table, by quarter and by horizon, filtered by priority', async () => {
    await page.goto(`/planer/${planId}/fardplan`);
    await page.getByRole('heading', { level: 1, name: 'Färdplan' }).waitFor();
    await page.locator('.roadmap-chart__canvas svg text', { hasText: 'Effektivitet' }).first().waitFor();
    expect(await tableRows(page).count()).toBe(itemCount);
    expect(await tableRows(page).allTextContents()).toContainEqual(expect.stringContaining('Statistikmodul i verksamhetssystemet'));
    await expectNoAxeViolations(page);

    await page.getByRole('radio', { name: 'Kvartal' }).check();
    await page.locator('.roadmap-chart__canvas svg text', { hasText: 'Kv 1 2026' }).first().waitFor();
    await page.getByRole('radio', { name: 'Sikt' }).check();
    // The rows are now headed by horizon instead of by focus area.
    await page.locator('.roadmap-chart__canvas svg text', { hasText: 'Kort sikt' }).first().waitFor();
    expect(await page.locator('.roadmap-chart__canvas svg text').allTextContents()).not.toContain('Effektivitet');
    expect(new URL(page.url()).search).toContain('skala=kvartal');
    await expectNoAxeViolations(page);

    await page.getByLabel('Prioritet', { exact: true }).selectOption({ label: 'Prioritet 2' });
    await page.waitForURL((url) => url.search.includes('prioritet=2'));
    const shown = await tableRows(page).allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(itemCount);
    for (const row of shown) expect(row).toContain('Prioritet 2');
    await page.getByText(`${shown.length} av ${itemCount} förändringar visas.`).waitFor();
    await page.locator('.roadmap-chart__canvas svg').waitFor();
    await expectNoAxeViolations(page);

    // At 320 px the page does not scroll sideways; the chart scrolls inside its own region.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('adds a point to the SWOT, saves it and finds it after a reload', async () => {
    await page.getByRole('link', { name: 'Strategi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategi' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    const point = `Stark samverkan med regionen ${Date.now().toString(36)}`;
    await page.getByRole('button', { name: 'Lägg till punkt under Styrkor' }).click();
    await page.keyboard.type(point);
    await page.getByRole('button', { name: 'Spara strategin' }).click();
    await page.getByText('Strategin har sparats.').waitFor({ state: 'attached' });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Strategi' }).waitFor();
    await page.getByRole('button', { name: 'Spara strategin' }).waitFor();
    const strengths = await page.getByLabel(/^Styrkor, punkt \d+$/).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(strengths).toContain(point);
    await expect(page.getByRole('heading', { level: 2, name: 'Fokusområden och mål' }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
  });
});
