import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { adminApi, type Api } from './support/api';

const REPORT = 'Rapport till nämnden';
/** The colour of "Rapport till nämnden" sectors in the wheel (KIND_COLOURS.board_report). */
const REPORT_COLOUR = '#b25000';

/** The entries listed under a month's heading. */
const monthEntries = (page: Page, month: string) => page.getByRole('region', { name: new RegExp(`^${month}`, 'i') }).getByRole('listitem');

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

async function noSidewaysScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });
}

describe('the administrator keeps the årshjul and everyone reads it', () => {
  let browser: Browser;
  let page: Page;
  let admin: Api;
  const year = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date()));

  beforeAll(async () => {
    admin = await adminApi();
    browser = await launchBrowser();
    page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('adds "Rapport till nämnden" in October with the keyboard only, after the error summary has said what was missing', async () => {
    await page.getByRole('link', { name: 'Årshjul' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Årshjul' }).waitFor();
    await page.getByRole('link', { name: 'Hantera återkommande händelser' }).click();
    await page.getByRole('heading', { level: 1, name: 'Återkommande händelser' }).waitFor();
    await expectNoAxeViolations(page);

    // An empty form: the error summary takes focus and names every missing answer.
    await page.getByRole('button', { name: 'Lägg till händelse' }).focus();
    await page.keyboard.press('Enter');
    const summary = page.getByText('Rätta följande innan du fortsätter:');
    await summary.waitFor();
    for (const field of ['Vad', 'Typ', 'Månad eller månader']) await page.getByRole('link', { name: new RegExp(`^${field}:`) }).waitFor();
    await expectNoAxeViolations(page);

    // Keyboard only: name, kind, October among the twelve months, day 20, responsible role.
    await page.getByLabel('Vad', { exact: true }).focus();
    await page.keyboard.type(REPORT);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('field-kind');
    await page.keyboard.type('Rapport');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('field-months');
    for (let month = 1; month < 10; month += 1) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('field-months-9');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('field-dayOfMonth');
    await page.keyboard.type('20');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('field-responsibleRole');
    // Type-ahead in the native select (only "Förvaltningschef" starts with F).
    await page.keyboard.type('F');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const row = page.getByRole('row', { name: new RegExp(`^${REPORT}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain('oktober den 20');
    expect(await row.textContent()).toContain('Förvaltningschef');
    await expectNoAxeViolations(page);
    await noSidewaysScroll(page);
  });

  it('shows the report in October in the wheel and in the list, every year, and downloads the year as Excel', async () => {
    await page.getByRole('link', { name: 'Till årshjulet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årshjul' }).waitFor();
    await expect.poll(async () => (await monthEntries(page, 'oktober').allTextContents()).join(' | ')).toContain(REPORT);
    expect((await monthEntries(page, 'oktober').allTextContents()).find((text) => text.includes(REPORT))).toContain('20 okt');
    // The wheel: twelve months, the year in the middle and an October sector in the report's colour.
    await page.locator('.gy-wheel__canvas svg text', { hasText: 'okt' }).first().waitFor();
    expect(await page.locator('.gy-wheel__canvas svg text').allTextContents()).toContain(String(year));
    expect(await page.locator(`.gy-wheel__canvas svg path[fill="${REPORT_COLOUR}"]`).count()).toBeGreaterThan(0);
    expect(await page.getByRole('img', { name: new RegExp(`Årshjul för ${year}`) }).count()).toBe(1);
    await page.getByRole('listitem').filter({ hasText: 'Rapport till nämnden' }).first().waitFor();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner årshjulet som Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^arshjul-${year}\\.xlsx$`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
    const rows: string[] = [];
    workbook.worksheets[0]!.eachRow((r) => rows.push(JSON.stringify(r.values)));
    // Columns: Månad, Datum, Slag, Vad, Ansvarig, Källa.
    expect(rows.map((r) => JSON.parse(r) as unknown[]).find((values) => values[4] === REPORT)?.[1]).toBe('oktober');

    // Next year holds the recurring report too.
    await page.getByRole('button', { name: 'Nästa år' }).click();
    await page.waitForURL((url) => url.search.includes(`ar=${year + 1}`));
    await expect.poll(async () => (await monthEntries(page, 'oktober').allTextContents()).join(' | ')).toContain(REPORT);
    await noSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });

  it('tells the administrator when someone else changed the event first, and deletes it only after asking', async () => {
    await page.goto('/arshjul/aterkommande-handelser');
    await page.getByRole('button', { name: `Ändra ${REPORT}` }).click();
    await page.getByRole('dialog').getByLabel('Vad', { exact: true }).waitFor();
    // Someone else saves the event while the dialog is open.
    const events = await admin.request<{ items: { id: string; name: string }[] }>('GET', '/governance-events');
    const event = events.data.items.find((e) => e.name === REPORT)!;
    const current = await admin.request<Record<string, unknown>>('GET', `/governance-events/${event.id}`);
    const { id: _id, version: _version, ...body } = current.data;
    expect((await admin.request('PUT', `/governance-events/${event.id}`, { ...body, description: 'Ändrad av någon annan' }, { 'If-Match': current.etag! })).status).toBe(200);

    await page.getByRole('dialog').getByLabel('Vad', { exact: true }).fill(`${REPORT} (höst)`);
    await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { name: 'Någon annan hann före' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();

    await page.getByRole('button', { name: `Ta bort ${REPORT}` }).click();
    await page.getByRole('heading', { name: `Ta bort ${REPORT}?` }).waitFor();
    await page.getByRole('button', { name: 'Ta bort händelsen' }).click();
    await expect.poll(() => page.getByRole('row', { name: new RegExp(`^${REPORT}`) }).count()).toBe(0);
  });
});
