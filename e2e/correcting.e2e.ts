import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { adminApi, type Api } from './support/api';

const SUFFIX = Date.now().toString(36);
const TITLE = `Digital tillsyn nattetid ${SUFFIX}`;
const ones = { competence: 1, leadershipSupport: 1, complexity: 1, financing: 1, savings: 1, quality: 1, mandatoryRequirement: 1, goalFulfilment: 1 };

/** A need submitted, assessed and decided as a projekt through the API. */
async function decidedInitiative(admin: Api): Promise<{ initiativeId: string; needId: string }> {
  const need = await admin.request<{ id: string }>('POST', '/needs', {
    title: TITLE,
    problem: 'Nattpersonalen gör många fysiska tillsynsbesök som väcker brukarna.',
    expectedBenefit: 'Bättre sömn för brukarna och mer tid för personalen.',
    affectedGroups: ['care_recipients', 'staff'],
  });
  expect(need.status).toBe(201);
  const round = await admin.request<{ version: number }>('POST', `/needs/${need.data.id}/assessments`, {});
  await admin.request('POST', `/needs/${need.data.id}/assessment/fix`, { scores: ones }, { 'if-match': `"${round.data.version}"` });
  const decisions = await admin.request('GET', `/needs/${need.data.id}/decisions`);
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const decided = await admin.request<{ initiativeId: string }>(
    'POST',
    `/needs/${need.data.id}/decisions`,
    { outcome: 'proceed', form: 'project', ownerName: 'Verksamhetschef hemtjänst', plannedStartYear: 2026, rationale: 'Hög nytta.', decisionDate: today },
    { 'if-match': decisions.etag! },
  );
  expect(decided.status).toBe(201);
  return { initiativeId: decided.data.initiativeId, needId: need.data.id };
}

/** Fails when the page scrolls sideways at 320 px (WCAG 1.4.10 Reflow). */
async function expectReflowAt320(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  if (size) await page.setViewportSize(size);
}

describe('correcting things after the fact in the browser', () => {
  let browser: Browser;
  let admin: Api;
  let initiativeId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await adminApi();
    ({ initiativeId } = await decidedInitiative(admin));
  });
  afterAll(async () => browser?.close());

  it('lets the utvecklingsledare edit an initiative, tells her when someone else saved first and shows the change on the timeline', async () => {
    const page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`/initiativ/${initiativeId}`);
    await page.getByRole('button', { name: 'Ändra', exact: true }).click();
    const form = page.getByRole('region', { name: 'Ändra initiativet' });
    await form.waitFor();
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);

    // Someone else saves first: the save answers 412 and the page shows what is saved now.
    const current = await admin.request<{ version: number }>('GET', `/initiatives/${initiativeId}`);
    const other = await admin.request('PUT', `/initiatives/${initiativeId}`, { title: `${TITLE} (ändrad av kollega)`, description: '', ownerName: 'Verksamhetschef hemtjänst', plannedStartYear: 2026, plannedEndYear: null }, { 'if-match': current.etag! });
    expect(other.status).toBe(200);
    await page.getByLabel('Beskrivning').fill('Sensorer och kameror ersätter en del av nattens tillsynsbesök.');
    await page.getByLabel('Planerat slutår').fill('2028');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Någon annan har sparat').first().waitFor();
    await page.getByRole('region', { name: 'Så här ser initiativet ut nu' }).getByText(`${TITLE} (ändrad av kollega)`).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Ladda om' }).click();
    // The form is filled again once the saved version has been read; wait for it, then edit.
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe(`${TITLE} (ändrad av kollega)`);
    await page.getByLabel('Rubrik').fill(`${TITLE} – nattillsyn`);
    await page.getByLabel('Beskrivning').fill('Sensorer och kameror ersätter en del av nattens tillsynsbesök.');
    await page.getByLabel('Planerat slutår').fill('2028');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('heading', { level: 1, name: `${TITLE} – nattillsyn` }).waitFor();
    await page.getByText('Sensorer och kameror ersätter en del av nattens tillsynsbesök.').waitFor();
    await page.getByText('Ändrade rubrik, beskrivning, planerat slutår.').waitFor();
    await expectNoAxeViolations(page);
  });

  it('lets the utvecklingsledare put an initiative under a focus area and all units in its edit form, shown on its page and its timeline', async () => {
    const areas = await admin.request<{ items: { name: string; isArchived: boolean }[] }>('GET', '/focus-areas');
    const area = areas.data.items.find((item) => !item.isArchived)!.name;
    const page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`/initiativ/${initiativeId}`);
    await page.getByRole('button', { name: 'Ändra', exact: true }).click();
    const form = page.getByRole('region', { name: 'Ändra initiativet' });
    const focusAreas = form.getByRole('group', { name: /Fokusområden/ });
    await focusAreas.getByRole('checkbox', { name: area, exact: true }).check();
    await form.getByRole('group', { name: /Avdelningar\/enheter/ }).getByRole('checkbox', { name: 'Alla enheter' }).check();
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);
    await form.getByRole('button', { name: 'Spara ändringarna' }).click();
    const facts = page.getByRole('region', { name: 'Uppgifter' });
    await facts.getByText(area, { exact: true }).waitFor();
    await facts.getByText('Alla enheter', { exact: true }).waitFor();
    await page.getByText('Ändrade fokusområden, alla enheter.').waitFor();
    const saved = await admin.request<{ focusAreas: { name: string }[]; allUnits: boolean }>('GET', `/initiatives/${initiativeId}`);
    expect(saved.data).toMatchObject({ focusAreas: [{ name: area }], allUnits: true });
  });

  it('lets the coordinator assess a pre-Digiplan initiative afterwards from its page, and the portfolio then shows its priority', async () => {
    const title = `Trygghetskameror ${SUFFIX}`;
    const registered = await admin.request<{ id: string }>('POST', '/initiatives/pre-digiplan', {
      title,
      problem: 'Nattliga tillsynsbesök väcker brukare.',
      expectedBenefit: 'Ostörd sömn och mindre restid.',
      form: 'project',
      ownerName: 'Ann Avdelningschef',
      plannedStartYear: 2024,
      decisionDate: '2023-11-15',
      reference: 'SN 2023/123 § 45',
    });
    expect(registered.status).toBe(201);
    const page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`/initiativ/${registered.data.id}`);
    await page.getByRole('link', { name: 'Bedöm i efterhand' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/behov/') && url.hash === '#bedomning');
    const section = page.getByRole('region', { name: 'Bedömning' });
    await section.getByText('Behovet beslutades före Digiplan').waitFor();
    await expectNoAxeViolations(page);
    await section.getByRole('button', { name: 'Bedöm i efterhand' }).click();
    await page.getByRole('heading', { name: 'Din bedömning' }).waitFor();
    const myForm = page.locator('form', { has: page.getByRole('button', { name: 'Spara min bedömning' }) });
    const fieldsets = myForm.locator('fieldset.score-fieldset');
    expect(await fieldsets.count()).toBe(8);
    for (let i = 0; i < 8; i++) await fieldsets.nth(i).getByLabel('1', { exact: true }).check();
    await page.getByRole('button', { name: 'Spara min bedömning' }).click();
    await page.getByText('Din bedömning är sparad.').waitFor();
    await page.getByRole('button', { name: 'Fastställ bedömning' }).click();
    await page.getByText('Bedömningen är fastställd.').waitFor();
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);

    await page.goto('/initiativ');
    const row = page.getByRole('row', { name: new RegExp(title) });
    await expect.poll(() => row.textContent()).toContain('Prioritet 1');
    // The old decision stands: still decided before Digiplan, with its reference.
    await page.goto(`/initiativ/${registered.data.id}`);
    await page.getByText('SN 2023/123 § 45', { exact: false }).first().waitFor();
  });

  it('lets the utvecklingsledare correct the decision from the initiative page; the log keeps both, the old one as ersatt', async () => {
    const page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`/initiativ/${initiativeId}`);
    await page.getByRole('button', { name: 'Rätta beslutet' }).click();
    const form = page.getByRole('region', { name: 'Rätta beslutet' });
    await form.waitFor();
    // The form starts from the decision as recorded.
    expect(await form.getByLabel('Ägare').inputValue()).toBe('Verksamhetschef hemtjänst');
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);

    // Without a reason the form says what is missing.
    await form.getByRole('button', { name: 'Spara rättelsen' }).click();
    await page.getByRole('link', { name: /Varför rättas beslutet/ }).first().waitFor();
    await form.getByLabel('Varför rättas beslutet?').fill('Protokollet säger uppdrag, inte projekt.');
    await form.getByRole('radio', { name: 'Uppdrag' }).check();
    await form.getByRole('button', { name: 'Spara rättelsen' }).click();

    // The initiative follows the new decision; the decision says it corrects an earlier one.
    await page.getByText('Rättelse av ett tidigare beslut').waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Uppgifter' }).getByText('Uppdrag', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByText(/Beslutet rättades: Uppdrag.*Skäl: Protokollet säger uppdrag, inte projekt\./).first().waitFor();
    await expectNoAxeViolations(page);

    // The log keeps both: the old decision marked Ersatt, linking to the one that replaced it.
    await page.goto('/beslutslogg');
    const rows = page.getByRole('row').filter({ hasText: TITLE });
    await expect.poll(() => rows.count()).toBe(2);
    await rows.filter({ hasText: 'Ersatt' }).getByRole('link', { name: /Ersatt av beslutet/ }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/behov/') && url.hash.startsWith('#beslut-'));
    await page.getByRole('heading', { name: /Genomförs/ }).first().waitFor();
    await expectNoAxeViolations(page);
  });

  it('lets the coordinator mask a name that slipped into a lesson, after saying why; the lesson then shows the marker', async () => {
    const lesson = await admin.request<{ id: string }>('POST', `/initiatives/${initiativeId}/lessons`, {
      worked: `Nattpersonalen på avdelning 3 hjälpte till ${SUFFIX}.`,
      didNotWork: 'Uppkopplingen i källaren var svag.',
      advice: 'Testa täckningen först.',
    });
    expect(lesson.status).toBe(201);
    const page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`/initiativ/${initiativeId}/uppfoljning`);
    const lessons = page.getByRole('region', { name: 'Lärdomar' });
    await lessons.getByText(`Nattpersonalen på avdelning 3 hjälpte till ${SUFFIX}.`).waitFor();
    await lessons.getByRole('button', { name: 'Maskera personuppgift' }).click();
    const dialog = page.getByRole('dialog', { name: 'Maskera personuppgift i lärdomen' });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('radio', { name: 'Vad fungerade', exact: true }).check();
    // A reason is asked for before anything is masked.
    await dialog.getByRole('button', { name: 'Maskera texten' }).click();
    await dialog.getByText('Skriv ett skäl med minst 3 tecken.').first().waitFor();
    await dialog.getByLabel('Varför maskeras texten?').fill('Texten pekar ut en enskild medarbetare.');
    await dialog.getByRole('button', { name: 'Maskera texten' }).click();
    await lessons.getByText('[Borttaget: personuppgift]', { exact: true }).waitFor();
    expect(await page.getByText(`Nattpersonalen på avdelning 3 hjälpte till ${SUFFIX}.`).count()).toBe(0);
    await lessons.getByText('Uppkopplingen i källaren var svag.').waitFor();
    await expectReflowAt320(page);
    await expectNoAxeViolations(page);
  });

  it('lets the coordinator delete a supplier demo recorded by mistake after confirming, and the list no longer shows it', async () => {
    const title = `Visning av misstag ${SUFFIX}`;
    const demo = await admin.request<{ id: string }>('POST', '/supplier-demos', { title, heldOn: '2026-09-15', place: 'Stadshuset', presentations: [{ supplier: 'Sensorbolaget' }] });
    expect(demo.status).toBe(201);
    const page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`/leverantorsvisningar/${demo.data.id}`);
    await page.getByRole('button', { name: 'Ta bort visningen' }).click();
    const dialog = page.getByRole('dialog', { name: `Ta bort visningen ${title}?` });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    // Cancelling keeps it; confirming deletes it and goes back to the list.
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    expect((await admin.request('GET', `/supplier-demos/${demo.data.id}`)).status).toBe(200);
    await page.getByRole('button', { name: 'Ta bort visningen' }).click();
    await dialog.getByRole('button', { name: 'Ta bort visningen' }).click();
    await page.waitForURL((url) => url.pathname === '/leverantorsvisningar');
    await page.getByRole('heading', { level: 1, name: 'Leverantörsvisningar' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByRole('status').getByText(`Visningen ${title} är borttagen.`).waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    expect((await admin.request('GET', `/supplier-demos/${demo.data.id}`)).status).toBe(404);
    await expectReflowAt320(page);
    await expectNoAxeViolations(page);
  });
});
