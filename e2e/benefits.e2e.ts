import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember } from './support/api';
import { inject } from 'vitest';

const PASSWORD = 'utvecklingsledarens-eget-losenord';
const NAME = 'Ulrika Nyttoledare';

/** Today minus `days`, as the date inputs take it. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('an utvecklingsledare plans, calculates, measures and follows up the benefits of an initiative', () => {
  let browser: Browser;
  let page: Page;
  let email: string;
  let initiativeId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await adminApi();
    const member = await createMember(admin, NAME, ['coordinator']);
    email = member.email;
    const coordinator = await activateMember(member.email, member.oneTimePassword, PASSWORD);
    const initiatives = await coordinator.request<{ items: { id: string; title: string }[] }>('GET', '/initiatives?limit=100');
    // A demo initiative without a benefit plan yet.
    initiativeId = initiatives.data.items.find((i) => i.title.startsWith('Demenslotsen'))!.id;
    page = await newPage(browser);
    await logInWithKeyboard(page, email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('plans a quantitative benefit from the catalogue and a qualitative one', async () => {
    await page.goto(`/initiativ/${initiativeId}`);
    await page.getByRole('link', { name: 'Nyttoplan och mätningar' }).click();
    await page.getByRole('heading', { level: 1, name: /Nyttoplan: Demenslotsen/ }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Utgå från en vanlig nytta').selectOption({ label: 'Minskad administration (kvantitativ)' });
    await page.getByRole('button', { name: 'Använd', exact: true }).click();
    await expect.poll(() => page.getByLabel('Beskrivning av nyttan').inputValue()).toBe('Minskad administration');
    await page.getByLabel('Nuläge (värde)').fill('12 tim');
    await page.getByLabel('Nuläge mätt den').fill(daysAgo(200));
    await page.getByLabel('Målvärde').fill('6,5');
    await page.getByLabel('Måldatum').fill(daysAgo(-300));
    await page.getByLabel('Ansvarig för mätningen').selectOption({ label: NAME });
    await page.getByRole('button', { name: 'Spara nyttan' }).click();
    // The Swedish number parser refuses "12 tim" on its field, and nothing is saved.
    await page.locator('#field-baselineValue-error').waitFor();
    expect(await page.locator('#field-baselineValue-error').textContent()).toMatch(/siffror/);
    await expectNoAxeViolations(page);
    await page.getByLabel('Nuläge (värde)').fill('12');
    await page.getByRole('button', { name: 'Spara nyttan' }).click();
    await page.getByRole('link', { name: 'Minskad administration' }).waitFor();

    await page.getByLabel('Utgå från en vanlig nytta').selectOption({ label: 'Ökad trygghet (kvalitativ)' });
    await page.getByRole('button', { name: 'Använd', exact: true }).click();
    await page.getByLabel('Ansvarig för mätningen').selectOption({ label: NAME });
    await page.getByRole('button', { name: 'Spara nyttan' }).click();
    await page.getByRole('link', { name: 'Ökad trygghet' }).waitFor();
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(2);
    await expectNoAxeViolations(page);
  });

  it('enters a calculation with a low and a high scenario and sees the range of net effect', async () => {
    await page.goto(`/initiativ/${initiativeId}/nyttokalkyl`);
    await page.getByRole('heading', { level: 1, name: /Nyttokalkyl: Demenslotsen/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Antal år').fill('2');
    await page.getByRole('button', { name: 'Lägg till kostnad' }).click();
    const cost = page.getByRole('group', { name: 'Kostnader 1' });
    await cost.getByLabel('Benämning').fill('Licens och uppstart');
    await cost.getByLabel('Belopp per enhet (kr)').fill('39\u00a0500');
    await page.getByRole('button', { name: 'Lägg till nytta' }).click();
    const benefit = page.getByRole('group', { name: 'Värderad nytta 1' });
    await benefit.getByLabel('Benämning').fill('Mindre tid för samordning');
    await benefit.getByLabel('Till år').fill(String(await page.getByLabel('Startår').inputValue().then((y) => Number(y) + 1)));
    await benefit.getByLabel('Antal, lågt').fill('50');
    await benefit.getByLabel('Antal, högt').fill('120');
    await benefit.getByLabel('Belopp per enhet, lågt (kr)').fill('450');
    await benefit.getByLabel('Belopp per enhet, högt (kr)').fill('450');
    await page.getByRole('button', { name: 'Spara kalkylen' }).click();
    // Low: 2 × 50 h × 450 kr − 39 500 kr = 5 500 kr; high: 2 × 120 × 450 − 39 500 = 68 500 kr.
    await page.getByText(/Nettoeffekt 6\stkr till 69\stkr/).waitFor();
    await page.getByLabel('Visa belopp i').selectOption('kr');
    await page.getByText(/Nettoeffekt 5\s500\skr till 68\s500\skr/).waitFor();
    // The cumulative net per year as a chart with the payback year marked, and the same figures in
    // a table the keyboard reaches: the low scenario is −17 000 kr after the first year, 5 500 kr after the second.
    const startYear = Number(await page.getByLabel('Startår').inputValue());
    await page.locator('.calc-chart svg').waitFor();
    await expect.poll(() => page.locator('.calc-chart svg text').allTextContents()).toContain(`Återbetalt ${startYear + 1}`);
    const cumulative = page.getByRole('region', { name: 'Ackumulerat netto per år' });
    const secondYear = cumulative.getByRole('row', { name: new RegExp(`^${startYear + 1}`) });
    expect((await secondYear.textContent())?.replace(/\s/g, ' ')).toContain('5 500 kr');
    expect((await cumulative.getByRole('row', { name: new RegExp(`^${startYear}`) }).textContent())?.replace(/\s/g, ' ')).toMatch(/[−-]17 000 kr/);
    expect(await cumulative.getAttribute('tabindex')).toBe('0');
    await expectNoAxeViolations(page);
  });

  it('records three measurements, reaches the chart’s data table by keyboard, and marks the benefit realised', async () => {
    await page.goto(`/initiativ/${initiativeId}/nytta`);
    await page.getByRole('link', { name: 'Minskad administration' }).click();
    await page.getByRole('heading', { level: 1, name: /Nytta: Minskad administration/ }).waitFor();
    const rows = page.locator('#benefit-measurements tbody tr');
    for (const [index, [days, value]] of ([[150, '11'], [90, '9,5'], [20, '6']] as const).entries()) {
      await page.getByLabel('Mätdatum').fill(daysAgo(days));
      await page.getByRole('textbox', { name: 'Värde' }).fill(value);
      await page.getByRole('button', { name: 'Spara mätningen' }).click();
      await expect.poll(() => rows.count()).toBe(index + 1);
      // The form empties itself once the save is through; only then type the next one.
      await expect.poll(() => page.getByRole('textbox', { name: 'Värde' }).inputValue()).toBe('');
    }
    expect(await page.locator('#benefit-measurements tbody tr').count()).toBe(3);
    await page.locator('.benefit-chart svg').waitFor();
    // The chart speaks Swedish: the target drawn as a labelled line, Swedish months, no English ones.
    const chartTexts = await page.locator('.benefit-chart svg text').allTextContents();
    expect(chartTexts.some((text) => /^Mål: /.test(text))).toBe(true);
    expect(chartTexts.some((text) => /^(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)$/.test(text))).toBe(true);
    expect(chartTexts.filter((text) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text))).toEqual([]);
    await expectNoAxeViolations(page);

    // From the chart heading, Tab reaches the data table region holding the values.
    await page.locator('#benefit-chart-heading').evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('#benefit-measurements [role="region"]') ?? false);
    }
    expect(reached).toBe(true);

    await page.getByRole('radio', { name: 'Ja, realiserad' }).check();
    await page.getByLabel('Motivering').fill('Administrationstiden halverades.');
    await page.getByRole('button', { name: 'Spara beslutet' }).click();
    await page.locator('.status-tag', { hasText: 'Realiserad' }).first().waitFor();
    await expectNoAxeViolations(page);
  });

  it('shows the realised benefit on the follow-up page and the portfolio', async () => {
    await page.goto(`/initiativ/${initiativeId}/uppfoljning`);
    await page.getByRole('heading', { level: 1, name: /Uppföljning: Demenslotsen/ }).waitFor();
    await page.locator('.status-tag', { hasText: 'Realiserad' }).first().waitFor();
    await expectNoAxeViolations(page);
    await page.goto('/nyttorealisering');
    await page.getByRole('heading', { level: 1, name: 'Nyttorealisering' }).waitFor();
    await page.getByRole('link', { name: /Demenslotsen/ }).waitFor();
    // Planned vs realised benefit per year: a chart and the same figures in a table.
    await page.getByRole('heading', { level: 2, name: 'Planerad och realiserad nytta per år' }).waitFor();
    await page.getByRole('region', { name: 'Planerad och realiserad nytta per år' }).getByRole('row').nth(1).waitFor();
    await page.locator('.portfolio-chart-figure svg').waitFor();
    await expectNoAxeViolations(page);
    await page.goto('/nyttorealisering/att-mata');
    await page.getByRole('heading', { level: 1, name: 'Att mäta' }).waitFor();
    await expectNoAxeViolations(page);
    await page.goto('/lardomar');
    await page.getByRole('heading', { level: 1, name: 'Lärdomar' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('removes a mistaken measurement after confirming, hears that it is gone and stays in the table', async () => {
    await page.goto(`/initiativ/${initiativeId}/nytta`);
    await page.getByRole('link', { name: 'Minskad administration' }).click();
    const rows = page.locator('#benefit-measurements tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const date = await rows.first().locator('th').innerText();
    await rows.first().getByRole('button', { name: `Ta bort mätningen från ${date}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Mätningen från ${date}`).waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await page.getByText('Mätningen togs bort.').waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.locator('th', { hasText: date }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('#benefit-measurements [role="region"]') ?? false)).toBe(true);
  });

  it('removes a benefit after confirming, and the plan no longer lists it', async () => {
    await page.goto(`/initiativ/${initiativeId}/nytta`);
    await page.getByRole('link', { name: 'Ökad trygghet' }).click();
    await page.getByRole('button', { name: 'Ta bort nyttan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/och alla dess mätningar tas bort/).waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Ta bort nyttan' }).click();
    await page.waitForURL((url) => url.pathname === `/initiativ/${initiativeId}/nytta`);
    await page.getByRole('link', { name: 'Minskad administration' }).waitFor();
    expect(await page.getByRole('link', { name: 'Ökad trygghet' }).count()).toBe(0);
  });

  it('lets the administrator set the default hourly rate new calculations use', async () => {
    const adminPage = await newPage(browser);
    await logInWithKeyboard(adminPage, inject('adminEmail'), inject('adminPassword'));
    await adminPage.waitForURL((url) => url.pathname === '/');
    await adminPage.goto('/administration');
    await adminPage.getByRole('link', { name: 'Standardvärden för nyttokalkyl' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Standardvärden för nyttokalkyl' }).waitFor();
    await expectNoAxeViolations(adminPage);
    await adminPage.getByLabel('Timkostnad (kr)').fill('520 kr');
    await adminPage.getByRole('button', { name: 'Spara' }).click();
    await adminPage.locator('#field-hourlyRate-error').waitFor();
    await expectNoAxeViolations(adminPage);
    await adminPage.getByLabel('Timkostnad (kr)').fill('520,50');
    await adminPage.getByRole('button', { name: 'Spara' }).click();
    await adminPage.getByText('Standardvärdena sparades.').waitFor();
  });
});
