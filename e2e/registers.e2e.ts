import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';

/** Opens a page by path, waits for its h1 and data, and checks it with axe. */
async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
}

describe('the coordinator keeps the registers', () => {
  let browser: Browser;
  let page: Page;
  const suffix = Date.now().toString(36);
  const systemName = `Nattkamera ${suffix}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('registers a system with exact costs and an integration marked as double entry', async () => {
    await visit(page, '/systemlista', 'Systemlista');
    await page.getByRole('link', { name: 'Lägg till system' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt system' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('System', { exact: true }).fill(systemName);
    await page.getByLabel(/^Leverantör/).fill('Kameraleverantören AB');
    await page.getByLabel(/^Avtal till/).fill('2027-06-30');
    await page.getByLabel(/^Uppsägningstid/).fill('3');
    await page.getByLabel(/^Årlig kostnad/).fill('12 500,50');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: `System: ${systemName}` }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByLabel(/^Årlig kostnad/).inputValue()).toMatch(/12\s500,50/);
    await expectNoAxeViolations(page);

    await visit(page, '/systemlista/integrationer', 'Integrationer');
    await page.getByLabel('Från system').selectOption({ label: systemName });
    await page.getByLabel('Till system').selectOption({ label: 'Viva' });
    await page.getByLabel('Information').fill('Tillsynsbesök under natten');
    await page.getByLabel('Metod').selectOption({ label: 'Manuell' });
    await page.getByLabel('Matas in två gånger').check();
    await page.getByRole('button', { name: 'Lägg till integration' }).click();
    const row = page.getByRole('row', { name: new RegExp(systemName) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Ja – dubbelregistrering');
    await page.locator('.integration-graph__canvas svg').waitFor();
    await expectNoAxeViolations(page);
  });

  it('imports an inventory file and compares two dates', async () => {
    await visit(page, '/valfardsteknik', 'Välfärdsteknik');
    const csv = ['Teknik;Produkt;Leverantör;Antal;Placering;Status;Per datum', `Tillsynskamera;${systemName};;25;Ordinärt boende;Infört;2025-12-31`, 'Trygghetslarm;Phoniro;;410;Hemtjänst;Infört;2025-12-31'].join('\r\n');
    await page.getByLabel('Fil att läsa in').setInputFiles({ name: 'inventering.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + csv, 'utf8') });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('2 rader, 0 fel. 2 nya, 0 ändrade, 0 oförändrade.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Spara alla rader' }).click();
    await page.getByText('Inläst: 2 nya rader, 0 ändrade, 0 oförändrade.').first().waitFor();

    // The same file again changes nothing: the preview says so and nothing is doubled.
    await page.getByLabel('Fil att läsa in').setInputFiles({ name: 'inventering.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + csv, 'utf8') });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('2 rader, 0 fel. 0 nya, 0 ändrade, 2 oförändrade.').waitFor();
    expect(await page.getByRole('table', { name: /Förhandsgranskning/ }).textContent()).toContain('Oförändrad');
    await page.getByRole('button', { name: 'Spara alla rader' }).click();
    await page.getByText('Inläst: 0 nya rader, 0 ändrade, 2 oförändrade.').first().waitFor();

    await page.getByLabel('Per datum').selectOption('2025-12-31');
    await page.getByRole('button', { name: 'Visa' }).click();
    const summary = page.getByRole('table', { name: /Välfärdsteknik per 2025-12-31/ });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Tillsynskamera');
    await page.getByLabel('Från datum').selectOption('2023-12-31');
    await page.getByLabel('Till datum').selectOption('2025-12-31');
    await page.getByRole('button', { name: 'Jämför' }).click();
    const change = page.getByRole('table', { name: /Förändring från 2023-12-31 till 2025-12-31/ });
    await change.waitFor();
    expect(await change.textContent()).toContain('+7');
    // The inventories over time: a line chart drawn in Swedish, with its figures in a table.
    const overTime = page.getByRole('table', { name: 'Enheter i drift per teknik och inventeringsdatum' });
    await overTime.waitFor();
    expect(await overTime.textContent()).toContain('Tillsynskamera');
    expect(await overTime.textContent()).toContain('2025-12-31');
    await page.getByRole('img', { name: /^Linjediagram: enheter i drift/ }).locator('svg').waitFor();
    await expectNoAxeViolations(page);

    // A mistaken row is opened from the list and removed.
    await page.getByRole('table', { name: /Inventeringens rader/ }).getByRole('link', { name: 'Trygghetslarm' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Välfärdsteknik: Trygghetslarm' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ta bort raden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Välfärdsteknik' }).waitFor();
    await page.getByText('Raden har tagits bort ur inventeringen.').first().waitFor();
  });

  it('records a supplier demo linked to a need, which the need page shows', async () => {
    await visit(page, '/leverantorsvisningar', 'Leverantörsvisningar');
    expect(await page.getByText('En leverantörsvisning är aldrig ett köpbeslut.').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Ny leverantörsvisning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny leverantörsvisning' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await page.getByLabel('Rubrik').fill(`Höstens visning ${suffix}`);
    await page.getByLabel('Datum').fill('2026-10-01');
    await page.getByLabel('Leverantör', { exact: true }).fill('Sensorbolaget');
    await page.getByLabel(/Vem är den till för/).fill('Brukare på LSS-boende');
    await page.getByLabel(/Vilket problem löser den/).fill('Oro för fall nattetid');
    await page.getByLabel(/Vad skiljer den från andra/).fill('Ingen kamera');
    await page.getByRole('checkbox', { name: /Digital nattillsyn i hemtjänsten/ }).check();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: `Leverantörsvisning: Höstens visning ${suffix}` }).waitFor();

    await page.goto('/behov');
    await page.getByRole('link', { name: /Digital nattillsyn i hemtjänsten/ }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Leverantörsvisningar' }).waitFor();
    await page.getByRole('link', { name: new RegExp(`Höstens visning ${suffix}`) }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });
});
