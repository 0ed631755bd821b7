import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember, type Api } from './support/api';

const PASSWORD = 'medarbetarens-eget-losenord';
const SUFFIX = Date.now().toString(36);

describe('the personal-data warning in the browser', () => {
  let browser: Browser;
  let email: string;
  let staff: Api;

  beforeAll(async () => {
    browser = await launchBrowser();
    const member = await createMember(await adminApi(), 'Vera Varnad', ['staff']);
    email = member.email;
    staff = await activateMember(member.email, member.oneTimePassword, PASSWORD);
  });
  afterAll(async () => browser?.close());

  it('asks before a need naming a person with a room is saved, and saves it once she confirms with the keyboard', async () => {
    const page = await newPage(browser);
    await logInWithKeyboard(page, email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/behov/nytt');
    await page.getByRole('heading', { level: 1, name: 'Lämna ett behov' }).waitFor();
    await page.getByLabel(/^Rubrik/).fill(`Larm på natten ${SUFFIX}`);
    await page.getByLabel(/^Problem/).fill('Anna Svensson rum 12 larmar ofta utan att någon hinner dit.');
    await page.getByLabel(/^Förväntad nytta/).fill('Tryggare nätter.');
    await page.getByRole('checkbox', { name: /Medarbetare/ }).check();
    await page.getByRole('checkbox', { name: /Hemtjänst/ }).check();
    await page.getByRole('button', { name: /Skicka behovet/ }).click();

    const dialog = page.getByRole('dialog', { name: 'Kan texten innehålla personuppgifter?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('”Anna Svensson” ser ut som ett namn, med ett rumsnummer i närheten.');
    await expectNoAxeViolations(page);
    // "Ändra texten": back to the form, nothing saved.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await staff.request<{ items: { title: string }[] }>('GET', '/needs?mine=true')).data.items.map((n) => n.title)).not.toContain(`Larm på natten ${SUFFIX}`);

    await page.getByRole('button', { name: /Skicka behovet/ }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Texten har inga personuppgifter – spara' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/Tack! Ditt behov B-\d+ är registrerat/).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
