import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';

const SUFFIX = Date.now().toString(36);

/** Seed 001 §10's table with status columns, as Swedish Excel saves a CSV (semicolons, quoted line breaks). */
function planCsv(thirdUnit: string): Buffer {
  const lines = [
    'Fokusområde;Avdelning;Initiativ;Beskrivning;Vad;Förslagsställare;Status;Beslutsdatum;Ägare;Startår;Kostnad, uppskattad',
    `Effektivitet;Alla;Svea GPT ${SUFFIX};AI-stöd när handläggare skriver utredningar.;Språkmodell i handläggningen;Nätverket för digitalisering;;;;2026;Ca 40 000-60 000 kr`,
    `"Trygghet och delaktighet\nHållbarhet";Hemtjänst;Digital tillsyn ${SUFFIX};Nattliga besök väcker brukare.;Kameror för tillsyn på natten;Enhetschef hemtjänst;beslutad som projekt;2024-03-01;Avdelningschef hemtjänst;2024;150 000 kr/år`,
    `Hållbarhet;${thirdUnit};Plan Act ${SUFFIX};Digitalt planeringsstöd med återrapportering.;;;;;;2025-2026;`,
  ];
  return Buffer.from('\uFEFF' + lines.join('\r\n'), 'utf8');
}

describe('a coordinator brings an existing plan into Digiplan', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('imports a plan file, fixes a row error, saves, and sees the needs and the initiative', async () => {
    await page.goto('/behov');
    await page.getByRole('heading', { level: 1, name: 'Behov' }).waitFor();
    await page.getByText('Läs in en befintlig plan från Excel eller CSV').click();
    await page.getByRole('heading', { level: 2, name: 'Läs in behov och initiativ' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    // A unit the organisation does not have: the preview names row and column, and nothing can be saved.
    await page.getByLabel('Fil att läsa in').setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: planCsv('Kommunledningen') });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('3 rader, 1 fel.').waitFor();
    await page.getByText('Enheter: Enheten "Kommunledningen" finns inte i organisationsträdet.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Spara alla rader' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // The corrected file previews cleanly and is saved whole.
    await page.getByLabel('Fil att läsa in').setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: planCsv('Teknikenheten') });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('3 rader, 0 fel.').waitFor();
    const preview = page.getByRole('table', { name: /Förhandsgranskning/ });
    expect(await preview.textContent()).toContain('Beslutad som projekt');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Spara alla rader' }).click();
    await page.getByText('3 rader sparades.').first().waitFor();

    // The needs are in the list; the decided one is an initiative decided before Digiplan.
    await page.getByRole('link', { name: `Svea GPT ${SUFFIX}` }).waitFor();
    await page.getByRole('link', { name: `Digital tillsyn ${SUFFIX}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Digital tillsyn ${SUFFIX}`) }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Vad' }).waitFor();
    expect(await page.getByText('Kameror för tillsyn på natten').count()).toBeGreaterThan(0);
    expect(await page.getByText('Enhetschef hemtjänst').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    await page.goto('/initiativ');
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
    await page.getByRole('link', { name: `Digital tillsyn ${SUFFIX}` }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });
});
