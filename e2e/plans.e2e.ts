import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readDocx } from '@test/docx-reader';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember } from './support/api';

const COORDINATOR_PASSWORD = 'utvecklingsledarens-plan-losenord';
const DIRECTOR_PASSWORD = 'forvaltningschefens-eget-losenord';
const DIRECTOR_EMAIL = 'forvaltningschef@exempelkommun.se';

/** Waits for the page's h1 and its data, then checks it with axe. */
async function settle(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
}

/** Fails when the page scrolls sideways at 320 px (WCAG 1.4.10 Reflow); wide tables scroll inside their own region. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  if (size) await page.setViewportSize(size);
}

/** The id of the element that has focus (the journey below uses the keyboard only). */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('the coordinator builds a digitalisation plan and the förvaltningschef fixes it', () => {
  let browser: Browser;
  let coordinator: Page;
  let planUrl = '';
  const suffix = Date.now().toString(36);
  const title = `Digitaliseringsplan 2027–2029 ${suffix}`;
  const freeItem = 'Nattkameror i ordinärt boende';

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await adminApi();
    const member = await createMember(admin, 'Petra Planledare', ['coordinator']);
    await activateMember(member.email, member.oneTimePassword, COORDINATOR_PASSWORD);
    // The demo's förvaltningschef gets a new one-time password from the administrator, as in real life.
    const found = await admin.request<{ items: { id: string; email: string }[] }>('GET', `/members?q=${encodeURIComponent(DIRECTOR_EMAIL)}`);
    const director = found.data.items.find((m) => m.email === DIRECTOR_EMAIL)!;
    const reset = await admin.request<{ oneTimePassword: string }>('POST', `/members/${director.id}/reset-password`);
    await activateMember(DIRECTOR_EMAIL, reset.data.oneTimePassword, DIRECTOR_PASSWORD);
    coordinator = await newPage(browser);
    await logInWithKeyboard(coordinator, member.email, COORDINATOR_PASSWORD);
    await coordinator.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('starts a plan, puts in a candidate and a free item with a cost range, and moves the item a year with a reason', async () => {
    const page = coordinator;
    await page.getByRole('link', { name: 'Planer' }).first().click();
    await settle(page, 'Planer');
    expect(await page.getByRole('table', { name: 'Planer' }).textContent()).toContain('Digitaliseringsplan 2026–2028');
    await page.getByLabel('Rubrik').fill(title);
    await page.getByLabel('Startår').fill('2027');
    await page.getByLabel('Slutår').fill('2029');
    await page.getByRole('button', { name: 'Skapa plan' }).click();
    await settle(page, title);
    planUrl = new URL(page.url()).pathname;
    expect(await page.getByText('Utkast').first().isVisible()).toBe(true);

    // A candidate: the first initiative or assessed need, with the matrix's suggestion beside it.
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Lägg till i planen' });
    const source = dialog.getByLabel('Vad ska in i planen?');
    await source.waitFor();
    const candidate = (await source.locator('option').nth(1).textContent())!;
    expect(candidate).toMatch(/^(Initiativ|Behov B-\d+): .+ – förslag Prioritet/);
    await source.selectOption({ index: 1 });
    const candidateTitle = await dialog.getByLabel('Möjlighet/förändring').inputValue();
    expect(candidate).toContain(candidateTitle);
    expect(await dialog.getByText(/Matrisens förslag: Prioritet/).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Lägg till i planen' }).click();
    const table = page.getByRole('table', { name: 'Möjliga förändringar i planen' });
    await table.getByRole('rowheader', { name: candidateTitle }).waitFor();
    expect(await table.getByRole('row', { name: new RegExp(candidateTitle) }).textContent()).toMatch(/\(förslag (1|2–3|4)\)/);

    // A free item with a cost range typed the Swedish way.
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await dialog.getByLabel('Möjlighet/förändring').fill(freeItem);
    await dialog.getByLabel('År', { exact: true }).fill('2027');
    await dialog.getByRole('radio', { name: 'Ett intervall (lägst–högst)' }).check();
    await dialog.getByLabel('Lägst, kr').fill('60 000');
    await dialog.getByLabel('Högst, kr').fill('40 000');
    await dialog.getByRole('button', { name: 'Lägg till i planen' }).click();
    // A range that runs backwards is refused on its field before anything is sent.
    await dialog.getByText('Det högsta beloppet kan inte vara lägre än det lägsta.').first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Lägst, kr').fill('40 000');
    await dialog.getByLabel('Högst, kr').fill('60 000');
    await dialog.getByRole('button', { name: 'Lägg till i planen' }).click();
    const freeRow = table.getByRole('row', { name: new RegExp(freeItem) });
    await freeRow.waitFor();
    expect(await freeRow.textContent()).toContain('40\u00a0000–60\u00a0000\u00a0kr');

    // Moving asks for the new time and why.
    await freeRow.getByRole('button', { name: `Flytta ${freeItem}` }).click();
    const move = page.getByRole('dialog', { name: `Flytta ${freeItem}` });
    await move.getByLabel('År', { exact: true }).fill('2028');
    await move.getByLabel('Sikt').selectOption({ label: 'Medellång sikt' });
    await move.getByRole('button', { name: 'Flytta' }).click();
    await move.locator('#move-field-reason-error').waitFor();
    await expectNoAxeViolations(page);
    await move.getByLabel('Varför flyttas den?').fill('Upphandlingen blir klar först 2028.');
    await move.getByRole('button', { name: 'Flytta' }).click();
    await move.waitFor({ state: 'hidden' });
    await expect.poll(async () => freeRow.textContent()).toContain('2028');
    expect(await freeRow.textContent()).toContain('Medellång sikt');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
  });

  it('lets the förvaltningschef fix the plan with the keyboard only, freezes it, and gives it as Word and for print', async () => {
    const page = await newPage(browser);
    await logInWithKeyboard(page, DIRECTOR_EMAIL, DIRECTOR_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(planUrl);
    await settle(page, title);

    // Meanwhile the coordinator is changing an item, and will save after the plan is fixed.
    await coordinator.getByRole('button', { name: `Ändra ${freeItem}` }).click();
    const editing = coordinator.getByRole('dialog', { name: `Ändra ${freeItem}` });
    await editing.getByLabel('Möjlighet/förändring').fill(`${freeItem} och larm`);

    // Keyboard only: open, close with Esc (focus returns), open again, tab to the reference, Enter.
    await page.getByRole('button', { name: 'Fastställ', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Fastställ planen' });
    await dialog.waitFor();
    await expect.poll(() => focusedText(page)).toBe('Fastställ planen');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedText(page)).toBe('Fastställ');
    // A fast keyboard user: Esc and Enter come before the dialog's late `close` event. The browser's
    // own Esc path (cancel, close, focus back) and a click on the focused button run in one go here,
    // so the race is the same every run. The dialog must open again and stay open.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.evaluate(async () => {
      const open = document.querySelector('dialog[open]') as HTMLDialogElement & { requestClose: () => void };
      open.requestClose();
      await Promise.resolve();
      (document.activeElement as HTMLElement).click();
    });
    await dialog.waitFor();
    await expect.poll(() => focusedText(page)).toBe('Fastställ planen');
    await expectNoAxeViolations(page);
    for (let presses = 0; presses < 10 && (await focusedId(page)) !== 'fix-field-decisionReference'; presses += 1) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('fix-field-decisionReference');
    await page.keyboard.type('SN 2027/3 § 12');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    // The button that opened the dialog is gone; focus lands on the notice that the plan is now frozen.
    await expect.poll(() => focusedText(page)).toContain('Den här versionen är fastställd');

    // Frozen: fixed with date, decision and name; nothing left to change.
    await page.getByText('SN 2027/3 § 12').first().waitFor();
    expect(await page.getByText(/^Fastställd \d{4}-\d{2}-\d{2}$/).count()).toBeGreaterThan(0);
    expect(await page.getByText('Frida Förvaltningschef').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Fastställ', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ändra / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lägg till', exact: true }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    // The coordinator's late save is refused in Swedish, with the way forward: a new version.
    await editing.getByRole('button', { name: 'Spara' }).click();
    await editing.getByText('Versionen är fastställd och kan inte längre ändras. Starta en ny version om planen behöver ändras.').waitFor();
    await expectNoAxeViolations(coordinator);
    await editing.getByRole('button', { name: 'Starta ny version' }).click();
    await coordinator.waitForURL((url) => url.pathname !== planUrl);
    await settle(coordinator, title);
    expect(await coordinator.locator('dl[aria-label="Om planen"]').textContent()).toMatch(/Version\s*2.*Utkast/);
    await coordinator.getByRole('button', { name: 'Jämför med version 1' }).click();
    await coordinator.getByRole('heading', { name: 'Jämförelse med version 1' }).waitFor();
    await coordinator.getByText('2 förändringar är oförändrade.').waitFor();
    await expectNoAxeViolations(coordinator);

    // The Word file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner som Word' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const docx = await readDocx(await readFile((await download.path())!));
    expect(docx.headings.map((h) => h.text)).toContain(title);

    // The print view: no app frame, the table of changes and a heading for each year.
    await page.getByRole('link', { name: 'Skriv ut / Spara som PDF' }).click();
    await settle(page, title);
    expect(await page.locator('nav, header, footer, [role="navigation"], [role="banner"]').count()).toBe(0);
    const changes = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Möjlighet/förändring' }) });
    expect(await changes.textContent()).toContain(freeItem);
    for (const year of ['2027', '2028', '2029']) await page.getByRole('heading', { name: year, exact: true }).waitFor();
    const printButton = page.getByRole('button', { name: 'Skriv ut' });
    expect(await printButton.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await printButton.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await expectNoSidewaysScroll(page);
  });
});
