import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember, type Api } from './support/api';

const PASSWORD = 'e2e-fardplan-losenord-1';

/** The data rows of the roadmap's table (the header row left out). */
const tableRows = (page: Page) => page.getByRole('table', { name: 'Färdplanens förändringar' }).locator('tbody tr');

/** Waits until the field just added has focus (the add button moves it there), so typing lands in it. */
async function focusedField(page: Page, id: RegExp): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(id);
}

describe('a coordinator reads the roadmap of the plan and keeps the strategy frame', () => {
  let browser: Browser;
  let page: Page;
  let planId = '';
  let itemCount = 0;
  let savedPoint = '';
  let coordinatorApi: Api;

  beforeAll(async () => {
    const admin = await adminApi();
    const member = await createMember(admin, 'Fanny Utvecklingsledare', ['coordinator']);
    const coordinator = await activateMember(member.email, member.oneTimePassword, PASSWORD);
    coordinatorApi = coordinator;
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

    // The choice lives in the address: the radio is checked once the page has navigated, so click
    // and wait for the address rather than ask Playwright to see the state change at once.
    await page.getByRole('radio', { name: 'Kvartal' }).click();
    await page.waitForURL((url) => url.search.includes('skala=kvartal'));
    await page.locator('.roadmap-chart__canvas svg text', { hasText: 'Kv 1 2026' }).first().waitFor();
    await page.getByRole('radio', { name: 'Sikt' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Sikt' }).isChecked()).toBe(true);
    // The rows are now headed by horizon instead of by focus area.
    await page.locator('.roadmap-chart__canvas svg text', { hasText: 'Kort sikt' }).first().waitFor();
    expect(await page.locator('.roadmap-chart__canvas svg text').allTextContents()).not.toContain('Effektivitet');
    expect(new URL(page.url()).search).toContain('skala=kvartal');
    await expectNoAxeViolations(page);

    await page.getByLabel('Prioritet', { exact: true }).selectOption({ label: 'Prioritet 2' });
    await page.waitForURL((url) => url.search.includes('prioritet=2'));
    await expect.poll(() => tableRows(page).count()).toBeLessThan(itemCount);
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

  it('adds a point to the SWOT, saves it and finds it after a reload, is told what is missing and when someone else saved first', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: /Plan och uppföljning/ }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Strategi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategi' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    const point = `Stark samverkan med regionen ${Date.now().toString(36)}`;
    await page.getByRole('button', { name: 'Lägg till punkt under Styrkor' }).click();
    await focusedField(page, /^field-swot-strengths-\d+-text$/);
    await page.keyboard.type(point);
    await page.getByRole('button', { name: 'Spara strategin' }).click();
    await page.getByText('Strategin har sparats.').waitFor({ state: 'attached' });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Strategi' }).waitFor();
    await page.getByRole('button', { name: 'Spara strategin' }).waitFor();
    const strengths = await page.getByLabel(/^Styrkor, punkt \d+$/).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(strengths).toContain(point);
    savedPoint = point;

    // An empty point is not saved: the error summary takes focus and links to the field.
    await page.getByRole('button', { name: 'Lägg till punkt under Hot' }).click();
    await page.getByRole('button', { name: 'Spara strategin' }).click();
    const summaryLink = page.getByRole('link', { name: /^Hot, punkt \d+:/ });
    await summaryLink.waitFor();
    await expectNoAxeViolations(page);
    await summaryLink.click();
    const emptyLabel = await page.evaluate(() => document.activeElement?.getAttribute('id'));
    expect(emptyLabel).toMatch(/^field-swot-threats-\d+-text$/);
    await page.getByRole('button', { name: /^Ta bort Hot, punkt \d+$/ }).last().click();

    // Someone else saves in between: the browser's save answers 412 and keeps what was typed.
    const current = await coordinatorApi.request<Record<string, unknown>>('GET', '/strategy');
    const { version: _version, ...frame } = current.data;
    const other = await coordinatorApi.request('PUT', '/strategy', { ...frame, vision: 'En vision som någon annan sparade' }, { 'if-match': current.etag ?? '' });
    expect(other.status).toBe(200);
    await page.getByRole('button', { name: 'Lägg till framgångsfaktor' }).click();
    await focusedField(page, /^field-successFactors-\d+-text$/);
    await page.keyboard.type('Tydlig förvaltning');
    await page.getByRole('button', { name: 'Spara strategin' }).click();
    await page.getByRole('heading', { name: 'Någon annan hann före' }).waitFor();
    expect(await page.getByLabel(/^Framgångsfaktor \d+$/).last().inputValue()).toBe('Tydlig förvaltning');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ladda om' }).click();
    await expect.poll(() => page.getByLabel(/^Vision/).inputValue()).toBe('En vision som någon annan sparade');
    await expect(page.getByRole('heading', { level: 2, name: 'Fokusområden och mål' }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
  });

  it('shows a member without plan:edit the strategy read-only, with the saved point', async () => {
    const admin = await adminApi();
    const member = await createMember(admin, 'Sara Medarbetare', ['staff']);
    await activateMember(member.email, member.oneTimePassword, PASSWORD);
    const staffPage = await newPage(browser);
    await logInWithKeyboard(staffPage, member.email, PASSWORD);
    await staffPage.waitForURL((url) => url.pathname === '/');
    await staffPage.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: /Plan och uppföljning/ }).click();
    await staffPage.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Strategi' }).click();
    await staffPage.getByRole('heading', { level: 1, name: 'Strategi' }).waitFor();
    await staffPage.getByText('Du kan läsa strategin. Utvecklingsledaren ändrar den.').waitFor();
    await staffPage.waitForLoadState('networkidle');
    expect(await staffPage.getByRole('button', { name: 'Spara strategin' }).count()).toBe(0);
    expect(await staffPage.getByRole('region', { name: 'Styrkor' }).textContent()).toContain(savedPoint);
    await expectNoAxeViolations(staffPage);
  });
});
