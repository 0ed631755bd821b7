import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TPilot } from '@domain/pilots.contracts';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember, type Api } from './support/api';

const PASSWORD = 'mitt-eget-langa-losenord';
const INITIATIVE = 'E-hemtjänst med bildtelefoni och nattillsyn';

describe('a coordinator records a testbädd on an initiative and follows it in the list of pilots', () => {
  let browser: Browser;
  let page: Page;
  let coordinator: Api;
  let initiativeId: string;
  // A name of its own, so that the demo's pilot and other runs do not get in the way.
  const title = `Sensorlarm på Linden ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const member = await createMember(await adminApi(), 'Petra Pilot', ['coordinator']);
    coordinator = await activateMember(member.email, member.oneTimePassword, PASSWORD);
    const list = await coordinator.request<{ items: { id: string; title: string }[] }>('GET', '/initiatives?limit=100');
    initiativeId = list.data.items.find((item) => item.title === INITIATIVE)!.id;
    page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await logInWithKeyboard(page, member.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  const section = () => page.locator('section#piloter');
  const dialog = () => page.getByRole('dialog');

  it('adds a pilot with partners from the initiative page, after the form has pointed out what was missing and a period that ended before it began', async () => {
    await page.goto(`/initiativ/${initiativeId}`);
    await section().getByRole('heading', { level: 2, name: 'Piloter och testbäddar' }).waitFor();
    await section().getByText('Digital nattillsyn på Solgårdens särskilda boende').waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    // Opened by keyboard: focus the button and press Enter.
    await section().getByRole('button', { name: 'Lägg till pilot' }).focus();
    await page.keyboard.press('Enter');
    await dialog().getByRole('heading', { name: 'Lägg till pilot eller testbädd' }).waitFor();
    await dialog().getByRole('button', { name: 'Lägg till', exact: true }).click();
    const summary = dialog().locator('.error-summary');
    await summary.getByRole('link', { name: /Namn på piloten/ }).waitFor();
    await summary.getByRole('link', { name: /Vad testas/ }).waitFor();
    await expectNoAxeViolations(page);

    await dialog().getByLabel('Namn på piloten').fill(title);
    await dialog().getByLabel(/^Enhet/).selectOption({ label: 'Särskilt boende (SÄBO)' });
    await dialog().getByLabel(/^Miljö/).fill('Avdelning Linden, tolv lägenheter');
    await dialog().getByLabel('Från', { exact: true }).fill('2026-09-01');
    await dialog().getByLabel('Till', { exact: true }).fill('2026-06-30');
    await dialog().getByRole('button', { name: 'Lägg till partner' }).click();
    await dialog().getByLabel('Typ av partner 1').selectOption({ label: 'Företag' });
    await dialog().getByLabel('Namn på partner 1').fill('Sensorbolaget AB');
    await dialog().getByRole('button', { name: 'Lägg till partner' }).click();
    await dialog().getByLabel('Typ av partner 2').selectOption({ label: 'Anhöriga' });
    await dialog().getByLabel('Namn på partner 2').fill('Anhörigföreningen');
    await dialog().getByLabel('Vad testas').fill('Om sensorlarm i sängen kan ersätta två av tre nattliga tillsynsbesök.');
    await dialog().getByLabel('Status').selectOption({ label: 'Pågår' });
    await dialog().getByRole('button', { name: 'Lägg till', exact: true }).click();
    await summary.getByRole('link', { name: 'Till: Till-datumet får inte vara före från-datumet.' }).waitFor();

    await dialog().getByLabel('Till', { exact: true }).fill('2027-02-28');
    await dialog().getByRole('button', { name: 'Lägg till', exact: true }).click();
    await dialog().waitFor({ state: 'hidden' });
    const card = section().getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
    await card.getByText('Sensorbolaget AB (företag)').waitFor();
    await card.getByText('Anhörigföreningen (anhöriga)').waitFor();
    await card.getByText('Särskilt boende (SÄBO), Avdelning Linden, tolv lägenheter').waitFor();
    await card.getByText('Pågår').waitFor();
    await expectNoAxeViolations(page);
  });

  it('is told when someone else saved the pilot first, reloads to see their results and then saves her own', async () => {
    const pilots = await coordinator.request<{ items: TPilot[] }>('GET', `/initiatives/${initiativeId}/pilots`);
    const pilot = pilots.data.items.find((item) => item.title === title)!;
    const { id: _id, initiativeId: _initiative, initiativeTitle: _it, unitName: _un, version, updatedAt: _u, ...body } = pilot;
    const other = await coordinator.request('PUT', `/pilots/${pilot.id}`, { ...body, results: 'Två falsklarm första veckan.' }, { 'if-match': `"${version}"` });
    expect(other.status).toBe(200);

    const card = section().getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
    await card.getByRole('button', { name: `Ändra piloten ${title}` }).click();
    await dialog().getByRole('heading', { name: 'Ändra pilot' }).waitFor();
    await dialog().getByLabel(/^Resultat/).fill('Färre väckningar.');
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await dialog().getByRole('button', { name: 'Ladda om' }).click();
    await expect.poll(() => dialog().getByLabel(/^Resultat/).inputValue()).toBe('Två falsklarm första veckan.');

    await dialog().getByLabel(/^Resultat/).fill('Två falsklarm första veckan, sedan färre väckningar.');
    await dialog().getByLabel(/^Utfall/).selectOption({ label: 'Fortsätt/inför' });
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await card.getByText('Två falsklarm första veckan, sedan färre väckningar.').waitFor();
    await card.getByText('Fortsätt/inför').waitFor();
    await expectNoAxeViolations(page);
  });

  it('finds the pilot in "Piloter och testbäddar" in the menu, reads it on a phone and downloads the list as Excel', async () => {
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('button', { name: /^Initiativ och nytta/ }).click();
    await nav.getByRole('link', { name: 'Piloter och testbäddar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Piloter och testbäddar' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: title });
    await row.getByRole('link', { name: INITIATIVE }).waitFor();
    await row.getByText('2026-09-01 – 2027-02-28').waitFor();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner som Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^piloter-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((r) => rows.push(r.values as unknown[]));
    // Columns: Pilot, Initiativ, Enhet, Miljö, Från, Till, Status, Partner, Vad testas, Resultat, Utfall.
    const ours = rows.find((values) => values[1] === title)!;
    expect(ours.slice(1, 4)).toEqual([title, INITIATIVE, 'Särskilt boende (SÄBO)']);
    expect(ours[7]).toBe('Pågår');
    expect(ours[8]).toBe('Sensorbolaget AB (företag), Anhörigföreningen (anhöriga)');
    expect(ours[11]).toBe('Fortsätt/inför');

    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('heading', { level: 1, name: 'Piloter och testbäddar' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.goto(`/initiativ/${initiativeId}#piloter`);
    await section().getByRole('heading', { level: 3, name: title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  });

  it('deletes the pilot after confirming, and it is gone from the initiative', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const card = section().getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
    await card.getByRole('button', { name: `Ta bort piloten ${title}` }).click();
    await dialog().getByRole('heading', { name: 'Ta bort piloten?' }).waitFor();
    await expectNoAxeViolations(page);
    await dialog().getByRole('button', { name: 'Ja, ta bort piloten' }).click();
    await section().getByRole('heading', { level: 3, name: title }).waitFor({ state: 'detached' });
    await section().getByText('Digital nattillsyn på Solgårdens särskilda boende').waitFor();
  });
});
