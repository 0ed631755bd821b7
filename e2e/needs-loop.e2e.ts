import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember, type Api } from './support/api';
import { inject } from 'vitest';

const STAFF_PASSWORD = 'medarbetarens-eget-losenord';
const OLG_PASSWORD = 'olg-ledamotens-eget-losenord';
const TITLE = `Digital signering av genomförandeplaner ${Date.now().toString(36)}`;

/** Tabs until the element matching `selector` has focus; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${labelled ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`;
    });
    if (name.test(label)) return;
  }
  throw new Error(`could not reach ${name} with Tab`);
}

describe('a need goes from submission to decision', () => {
  let browser: Browser;
  let admin: Api;
  let olg: Api;
  let staffEmail: string;
  let needUrl: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await adminApi();
    const staff = await createMember(admin, 'Sara Medarbetare', ['staff']);
    staffEmail = staff.email;
    await activateMember(staff.email, staff.oneTimePassword, STAFF_PASSWORD);
    const member = await createMember(admin, 'Omar Olgledamot', ['steering_member']);
    olg = await activateMember(member.email, member.oneTimePassword, OLG_PASSWORD);
  });
  afterAll(async () => browser?.close());

  it('lets a staff member submit a need with the keyboard only, after the form stops a personnummer', async () => {
    const page = await newPage(browser);
    await logInWithKeyboard(page, staffEmail, STAFF_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await expectNoAxeViolations(page);

    await page.goto('/behov/nytt');
    await page.getByRole('heading', { level: 1, name: 'Lämna ett behov' }).waitFor();
    await expectNoAxeViolations(page);
    await tabTo(page, /Rubrik/);
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Tab');
    // A fake test-personnummer (Skatteverket's test number) that the guard must stop.
    await page.keyboard.type('Brukaren med personnummer 19121212-1212 får vänta på sin plan varje vecka.'); // fake test-personnummer
    await page.keyboard.press('Tab');
    await page.keyboard.type('Medarbetare sparar tid och brukarna får sina planer snabbare.');
    await tabTo(page, /Medarbetare/);
    await page.keyboard.press('Space');
    // Two units and two focus areas, each a checkbox reached and checked with the keyboard.
    await tabTo(page, /Hemtjänst/);
    await page.keyboard.press('Space');
    await tabTo(page, /Korttidsboende/);
    await page.keyboard.press('Space');
    await tabTo(page, /Effektivitet/);
    await page.keyboard.press('Space');
    await tabTo(page, /Trygghet och delaktighet/);
    await page.keyboard.press('Space');
    await tabTo(page, /Skicka behovet/);
    await page.keyboard.press('Enter');

    // The error summary takes focus and names the field with the personnummer.
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.error-summary') !== null)).toBe(true);
    expect(await summary.textContent()).toMatch(/personnummer/i);
    await expectNoAxeViolations(page);

    const problem = page.getByLabel(/^Problem/);
    await problem.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Planerna skrivs ut, signeras på papper och skannas in, vilket tar tid varje vecka.');
    await tabTo(page, /Skicka behovet/);
    await page.keyboard.press('Enter');
    await page.getByText(/Tack! Ditt behov B-\d+ är registrerat/).waitFor();
    needUrl = new URL(page.url()).pathname;
    expect(needUrl).toMatch(/^\/behov\/[0-9a-f-]{36}$/);
    const facts = await page.locator('.need-facts').textContent();
    expect(facts).toContain('Hemtjänst; Korttidsboende');
    expect(facts).toContain('Effektivitet; Trygghet och delaktighet');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('lets the coordinator and an OLG member score it independently and the coordinator fix the result', async () => {
    const page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(needUrl);
    await page.getByRole('button', { name: 'Starta bedömning' }).click();
    await page.getByRole('heading', { name: 'Din bedömning' }).waitFor();
    await expectNoAxeViolations(page);
    const myForm = page.locator('form', { has: page.getByRole('button', { name: 'Spara min bedömning' }) });
    const fieldsets = myForm.locator('fieldset.score-fieldset');
    const count = await fieldsets.count();
    expect(count).toBe(8);
    for (let i = 0; i < count; i++) await fieldsets.nth(i).getByLabel('2', { exact: true }).check();
    await page.getByRole('button', { name: 'Spara min bedömning' }).click();
    await page.getByText('Din bedömning är sparad.').waitFor();

    const needId = needUrl.split('/').pop()!;
    const scores = { competence: 1, leadershipSupport: 2, complexity: 2, financing: 3, savings: 1, quality: 1, mandatoryRequirement: 4, goalFulfilment: 2 };
    expect((await olg.request('PUT', `/needs/${needId}/assessment/my-scores`, { scores, comment: 'Tydlig nytta.' })).status).toBe(200);

    await page.reload();
    await page.getByRole('heading', { name: 'Bedömarnas poäng' }).waitFor();
    await page.getByRole('heading', { name: 'Fastställ bedömning', level: 3 }).or(page.getByRole('heading', { name: 'Fastställ bedömning' })).first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Fastställ bedömning' }).click();
    await page.getByText('Bedömningen är fastställd.').waitFor();
    await page.getByText(/Digitalisera (nu|på sikt|när tillfälle ges|ej)!/).first().waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('lets OLG decide to proceed as a project, which creates an initiative and tells the submitter', async () => {
    const page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(needUrl);
    await page.getByRole('heading', { name: 'Fatta beslut' }).waitFor();
    await page.getByRole('radio', { name: 'Genomför' }).check();
    await page.getByRole('radio', { name: 'Projekt' }).check();
    await page.getByLabel(/^Ägare/).fill('Enhetschef hemtjänst');
    await page.getByLabel(/^Planerat startår/).fill('2027');
    await page.getByLabel(/^Motivering/).last().fill('Hög nytta och låg komplexitet.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByText(/behovet genomförs och har blivit ett initiativ/).waitFor();
    await expectNoAxeViolations(page);

    for (const path of ['/prioriteringsmatris', '/beslutslogg', '/initiativ', '/behov']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    }
    await page.goto('/beslutslogg');
    await page.getByRole('link', { name: new RegExp(TITLE) }).first().waitFor();
    await page.context().close();

    const staffPage = await newPage(browser);
    await logInWithKeyboard(staffPage, staffEmail, STAFF_PASSWORD);
    await staffPage.waitForURL((url) => url.pathname === '/');
    await staffPage.goto('/notiser');
    await staffPage.getByText(new RegExp(TITLE)).first().waitFor();
    await expectNoAxeViolations(staffPage);
    await staffPage.context().close();
  });
});
