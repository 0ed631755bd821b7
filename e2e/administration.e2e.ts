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

describe('the administrator manages the organisation', () => {
  let browser: Browser;
  let page: Page;
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('sees every administration page without accessibility violations', async () => {
    await expectNoAxeViolations(page);
    await visit(page, '/administration', 'Administration');
    await visit(page, '/administration/organisation', 'Organisation');
    await visit(page, '/administration/enheter', /Avdelningar och enheter/);
    await visit(page, '/administration/fokusomraden', 'Fokusområden');
    await visit(page, '/administration/mal', 'Strategiska mål');
    await visit(page, '/administration/anvandare', 'Användare och roller');
    await visit(page, '/granskningslogg', 'Granskningslogg');
    await visit(page, '/tillganglighet', /Tillgänglighet/);
  });

  it('adds a focus area and a unit that then appear in the lists', async () => {
    await visit(page, '/administration/fokusomraden', 'Fokusområden');
    await page.getByLabel('Namn', { exact: true }).fill(`Digital delaktighet ${suffix}`);
    await page.getByRole('button', { name: 'Lägg till fokusområde' }).click();
    await page.getByText(`Digital delaktighet ${suffix} är tillagt.`).waitFor();
    await expectNoAxeViolations(page);

    await visit(page, '/administration/enheter', /Avdelningar och enheter/);
    await page.getByLabel('Namn', { exact: true }).fill(`Nattpatrullen ${suffix}`);
    await page.getByRole('button', { name: /Lägg till/ }).first().click();
    await page.getByText(`Nattpatrullen ${suffix}`).first().waitFor();
    await expectNoAxeViolations(page);
  });

  it('adds a user, is shown her one-time password once, and the change is in the audit log', async () => {
    await visit(page, '/administration/anvandare', 'Användare och roller');
    await page.getByRole('link', { name: 'Lägg till användare' }).or(page.getByRole('button', { name: 'Lägg till användare' })).first().click();
    await page.getByLabel('Namn', { exact: true }).fill(`Vera Vikarie ${suffix}`);
    await page.getByLabel('E-postadress').fill(`vera.${suffix}@exempelkommun.se`);
    await page.getByRole('checkbox', { name: /Medarbetare/ }).check();
    await page.getByRole('button', { name: 'Lägg till användare' }).click();
    await page.getByRole('heading', { name: 'Engångslösenord – visas bara nu' }).waitFor();
    await expectNoAxeViolations(page);

    await visit(page, '/granskningslogg', 'Granskningslogg');
    expect(await page.getByText(/Inloggning/).count()).toBeGreaterThan(0);
    const body = await page.textContent('main');
    expect(body).toContain(`Vera Vikarie ${suffix}`.split(' ')[0]);
    expect(body).toContain('Användare tillagd');
    for (const code of ['member.created', 'auth.login', 'membership', '"roles"', '{']) expect(body).not.toContain(code);
  });

  it('is told to invite a person whose address is in another domain, and sees the pending invitation', async () => {
    await visit(page, '/administration/anvandare/ny', 'Lägg till användare');
    await page.getByLabel('Namn', { exact: true }).fill(`Konrad Konsult ${suffix}`);
    await page.getByLabel('E-postadress').fill(`konrad.${suffix}@leverantor.example`);
    await page.getByRole('checkbox', { name: /Läsare/ }).check();
    await page.getByRole('button', { name: 'Lägg till användare' }).click();
    await page.getByRole('heading', { name: 'Bjud in personen i stället' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Bjud in' }).click();
    await page.getByRole('heading', { name: 'Inbjudan är registrerad' }).waitFor();
    expect(await page.textContent('main')).toContain('Personen ser inbjudan när hen loggar in i Digiplan');

    await visit(page, '/administration/anvandare', 'Användare och roller');
    await page.getByRole('heading', { name: 'Väntande inbjudningar' }).waitFor();
    await page.getByRole('rowheader', { name: `konrad.${suffix}@leverantor.example` }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: `Dra tillbaka inbjudan till konrad.${suffix}@leverantor.example` }).click();
    await page.getByText('Det finns inga väntande inbjudningar.').waitFor();
  });
});
