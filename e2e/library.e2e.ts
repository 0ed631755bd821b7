import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember } from './support/api';

const PASSWORD = 'mitt-eget-langa-losenord';
const run = promisify(execFile);

/**
 * A second organisation made the way an operator makes one (`npm run org:create`, on the running
 * embedded database); returns its administrator's address and one-time password.
 */
async function createOtherOrganization(): Promise<{ email: string; oneTimePassword: string }> {
  const suffix = Date.now().toString(36);
  const email = `greta.${suffix}@granne-${suffix}.example`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/src/ops/org-create-command.ts', '--name', `Grannkommunen ${suffix}`, '--admin-email', email, '--admin-name', 'Greta Granne'], {
    env: { ...process.env, DATA_DIR: inject('dataDir'), LOG_LEVEL: 'warn' },
  });
  const oneTimePassword = /engångslösenordet: (\S+)/.exec(stdout)?.[1];
  if (!oneTimePassword) throw new Error(`no one-time password in: ${stdout}`);
  return { email, oneTimePassword };
}

describe('a coordinator shares an initiative in the library and another organisation copies it as a need', () => {
  let browser: Browser;
  let page: Page;
  let initiativeId: string;
  const title = 'Läkemedelsrobotar i hemtjänsten';

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await adminApi();
    const member = await createMember(admin, 'Lina Bibliotek', ['coordinator']);
    await activateMember(member.email, member.oneTimePassword, PASSWORD);
    const initiatives = await admin.request<{ items: { id: string; title: string }[] }>('GET', '/initiatives?limit=100');
    initiativeId = initiatives.data.items.find((i) => i.title === title)!.id;
    page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await logInWithKeyboard(page, member.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('previews exactly what will be shared and publishes it from the initiative page', async () => {
    await page.goto(`/initiativ/${initiativeId}`);
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Biblioteket' }) });
    await section.getByText('Initiativet är inte delat').waitFor();
    await section.getByRole('button', { name: 'Dela i biblioteket' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dela i biblioteket' });
    await dialog.getByRole('checkbox', { name: 'Lärdomar' }).uncheck();
    await dialog.getByLabel(/^Teknik/).fill('Läkemedelsrobot');
    await dialog.getByRole('button', { name: 'Förhandsgranska' }).click();
    await dialog.getByRole('heading', { name: 'Så här ser det ut för andra organisationer' }).waitFor();
    await dialog.getByText('Läkemedelsrobot', { exact: true }).first().waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Publicera' }).click();
    await section.getByText(/publicerat i biblioteket sedan/).waitFor();
    await section.getByRole('button', { name: 'Uppdatera' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('lets another organisation find it in the library, copy it as its own need and see where it came from', async () => {
    const other = await createOtherOrganization();
    await activateMember(other.email, other.oneTimePassword, PASSWORD);
    const otherPage = await newPage(browser);
    await otherPage.setViewportSize({ width: 1280, height: 800 });
    await logInWithKeyboard(otherPage, other.email, PASSWORD);
    await otherPage.waitForURL((url) => url.pathname === '/');

    const nav = otherPage.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('button', { name: /^Initiativ och nytta/ }).click();
    await nav.getByRole('link', { name: 'Biblioteket' }).click();
    await otherPage.getByRole('heading', { level: 1, name: 'Biblioteket' }).waitFor();
    await otherPage.getByRole('searchbox', { name: /Sökord/ }).fill('läkemedelsrobot');
    await otherPage.keyboard.press('Enter');
    const hit = otherPage.getByRole('link', { name: title });
    await hit.waitFor();
    await otherPage.getByText('Publicerat av Exempelkommun', { exact: false }).first().waitFor();
    await expectNoAxeViolations(otherPage);

    await otherPage.setViewportSize({ width: 320, height: 800 });
    expect(await otherPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await otherPage.setViewportSize({ width: 1280, height: 800 });

    await hit.click();
    await otherPage.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectNoAxeViolations(otherPage);
    await otherPage.getByRole('button', { name: 'Kopiera som behov' }).click();
    await otherPage.getByText(/Behov B-\d+ är skapat från publiceringen/).waitFor();
    await otherPage.getByRole('link', { name: 'Öppna behovet' }).click();
    await otherPage.getByText(`Kopierat från biblioteket: ${title}`).waitFor();
    await expectNoAxeViolations(otherPage);
    await otherPage.context().close();
  });
});
