import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember } from './support/api';
import { inject } from 'vitest';

const PASSWORD = 'utvecklingsledarens-eget-losenord';
// A running initiative (Demenslotsen is closed in the demo: nobody edits a finished initiative).
const TITLE = 'E-hemtjänst med bildtelefoni och nattillsyn';

/** Waits until the page shows its h1 and has loaded, then checks it with axe. */
async function settledAndAccessible(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
}

describe('a coordinator runs the risk analysis, classification and documents of an initiative', () => {
  let browser: Browser;
  let page: Page;
  let initiativeId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await adminApi();
    const member = await createMember(admin, 'Cecilia Utvecklingsledare', ['coordinator']);
    const coordinator = await activateMember(member.email, member.oneTimePassword, PASSWORD);
    const list = await coordinator.request<{ items: { id: string; title: string }[] }>('GET', '/initiatives?limit=100');
    initiativeId = list.data.items.find((item) => item.title === TITLE)!.id;
    page = await newPage(browser);
    await logInWithKeyboard(page, member.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('adds a risk and finds it through its cell of the risk matrix', async () => {
    await page.goto(`/initiativ/${initiativeId}`);
    await settledAndAccessible(page);
    await page.getByRole('link', { name: 'Risk- och konsekvensanalys' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Risk- och konsekvensanalys: ${TITLE}`) }).waitFor();
    await settledAndAccessible(page);

    await page.getByLabel('Perspektiv').selectOption({ label: 'Brukare' });
    await page.getByLabel('Beskriv risken').fill('Anhöriga utan dator eller mobil når inte stödet.');
    await page.getByLabel('Sannolikhet (1–4)').selectOption('3');
    await page.getByLabel('Konsekvens (1–4)').selectOption('4');
    await page.getByLabel(/^Åtgärder/).fill('Erbjud telefonstöd och hjälp på träffpunkten.');
    await page.getByRole('button', { name: 'Lägg till risk' }).click();
    await page.getByText('Risken är tillagd.').waitFor();

    const cell = page.getByRole('link', { name: /^1 risk, riskvärde 12 \(mycket hög\)/ });
    await cell.click();
    await page.getByText('Visar risker med sannolikhet 3 och konsekvens 4.').waitFor();
    await page.getByRole('rowheader', { name: 'Anhöriga utan dator eller mobil når inte stödet.' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('records an ethics assessment that needs the nämnd, then the nämnd’s decision', async () => {
    await page.getByRole('checkbox', { name: 'GPS/positionering' }).check();
    await page.getByLabel('Hur hanteras samtycke?').fill('Den anhörige samtycker när kontot skapas.');
    await page.getByLabel('Hur hanteras personer som inte kan lämna samtycke?').fill('Stödet riktar sig till anhöriga; brukarens uppgifter registreras inte.');
    await page.getByRole('radio', { name: 'Ja – nämnden behöver besluta' }).check();
    await page.getByLabel('Motivering').fill('Positionering av personer med demens berör självbestämmandet.');
    await page.getByRole('button', { name: 'Spara etisk bedömning' }).click();
    await page.getByText('Nämndens beslut behövs innan pilot.', { exact: false }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel(/^Datum för nämndens beslut/).fill('2026-01-20');
    await page.getByLabel(/^Beslutets diarienummer eller paragraf/).fill('SN § 7/2026');
    await page.getByRole('button', { name: 'Spara etisk bedömning' }).click();
    await page.getByText(/Nämnden beslutade .* \(SN § 7\/2026\)\./).waitFor();
    expect(await page.getByText('Nämndens beslut behövs innan pilot.', { exact: false }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('classifies the information and shows the security requirements that follow', async () => {
    await page.goto(`/initiativ/${initiativeId}/klassning`);
    await settledAndAccessible(page);
    const levels = { Konfidentialitet: '3', Riktighet: '2', Tillgänglighet: '3', Spårbarhet: '2' };
    for (const [aspect, level] of Object.entries(levels)) {
      await page.getByLabel(`Nivå för ${aspect}`).selectOption(level);
      await page.getByLabel(`Motivering för ${aspect}`).fill(`Bedömd utifrån informationen om anhöriga (${aspect.toLowerCase()}).`);
    }
    await page.getByRole('button', { name: 'Spara klassning' }).click();
    await page.getByText('Klassningen är sparad.').waitFor();
    await page.getByText(/Stark autentisering/).waitFor();
    await page.getByText(/Avtalad tillgänglighet/).waitFor();
    await page.getByRole('link', { name: 'Krav vid upphandling (Word)' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('fills in a projektdirektiv prefilled from the initiative and downloads it as a Word file', async () => {
    await page.goto(`/initiativ/${initiativeId}/dokument`);
    await settledAndAccessible(page);
    await page.getByLabel('Vilket dokument?').selectOption({ label: 'Projektdirektiv' });
    await page.getByRole('button', { name: 'Påbörja dokumentet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Projektdirektiv' }).waitFor();
    await settledAndAccessible(page);
    expect(await page.getByLabel(/^Risker/).inputValue()).toContain('Anhöriga utan dator eller mobil når inte stödet.');
    expect(await page.getByLabel(/^Projektägare/).inputValue()).not.toBe('');
    await page.getByLabel(/^Projektledare/).fill('Petra Projektledare');
    await page.getByRole('button', { name: 'Spara som färdigställt' }).click();
    await page.getByText(/Dokumentet är färdigställt/).waitFor();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner som Word-fil' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Projektdirektiv-.*\.docx$/);
    const zip = await JSZip.loadAsync(await import('node:fs/promises').then((fs) => download.path().then((p) => fs.readFile(p))));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Petra Projektledare');
    expect(xml).toContain('w:tbl');

    await page.goto(`/initiativ/${initiativeId}/dokument`);
    await page.getByRole('cell', { name: 'Färdigställt' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('attaches a text file, which is listed for download and can be removed', async () => {
    await page.getByLabel('Välj fil att bifoga').setInputFiles({ name: 'mötesanteckningar.txt', mimeType: 'text/plain', buffer: Buffer.from('Anteckningar från referensgruppen.') });
    await page.getByRole('button', { name: 'Bifoga filen' }).click();
    await page.getByText('Filen är bifogad.').waitFor();
    await page.getByRole('link', { name: 'mötesanteckningar.txt' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ta bort bilagan mötesanteckningar.txt' }).click();
    await page.getByText('Bilagan är borttagen.').waitFor();
    await page.getByText('Inga filer är bifogade.').waitFor();
  });

  it('lets the administrator rename a classification level, which the classification page then shows', async () => {
    const adminPage = await newPage(browser);
    await logInWithKeyboard(adminPage, inject('adminEmail'), inject('adminPassword'));
    await adminPage.waitForURL((url) => url.pathname === '/');
    await adminPage.goto('/administration');
    await adminPage.getByRole('link', { name: 'Nivåer i informationsklassningen' }).click();
    await settledAndAccessible(adminPage);
    await adminPage.getByLabel('Namn på nivå 3').fill('Hög');
    await adminPage.getByRole('button', { name: 'Spara namnen' }).click();
    await adminPage.getByText('Namnen är sparade.').waitFor();
    await adminPage.goto(`/initiativ/${initiativeId}/klassning`);
    await adminPage.getByRole('cell', { name: '3 – Hög' }).first().waitFor();
    await adminPage.context().close();
  });
});
