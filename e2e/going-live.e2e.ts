import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startOidcTestProvider, type OidcTestProvider } from '@test/oidc-test-provider';
import { expectNoAxeViolations, launchBrowser } from './support/browser';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Starts Digiplan as an installer would on a new machine: no demo data, its own database; returns the setup link it prints. */
function startServer(env: Record<string, string>): { child: ChildProcess; setupLink: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const setupLink = new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no setup link printed:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const link = /(http:\/\/localhost:\d+\/installera#\S+)/.exec(output)?.[1];
      if (link) {
        clearTimeout(timer);
        resolve(link);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return { child, setupLink };
}

/** A fresh browser window (own cookies), Swedish, on the new installation. */
async function newWindow(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'sv-SE', baseURL });
  return { context, page: await context.newPage() };
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'password');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

describe('going live: a new installation without demo data, a second organisation and single sign-on', () => {
  let browser: Browser;
  let server: ChildProcess;
  let dataDir: string;
  let provider: OidcTestProvider;
  let baseUrl: string;
  let setupLink: string;
  const startedAt = Date.now();

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'digiplan-going-live-'));
    chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the OS user postgres
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    provider = await startOidcTestProvider({ redirectUris: [`${baseUrl}/api/v1/auth/sso/callback`] });
    const started = startServer({
      PORT: String(port),
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      SECRET_KEY: `e2e-only-secret-key-${randomUUID()}`,
      SSO_TEST_ALLOW_HTTP_LOOPBACK_ISSUER: 'true',
    });
    server = started.child;
    setupLink = await started.setupLink;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await provider?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('the installer sets up the first organisation, creates a second one, whose SSO user logs in through her identity provider; then that organisation exports itself and leaves', async () => {
    const journeyStart = Date.now();
    // 1. The setup link from the console: the first organisation and its administrator.
    const installer = await newWindow(browser, baseUrl);
    let page = installer.page;
    await page.goto(setupLink);
    await page.getByRole('heading', { level: 1, name: 'Installera Digiplan' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Organisationens namn').fill('Förstaby kommun – Socialförvaltningen');
    await page.getByLabel('Administratörens namn').fill('Ingrid Installatör');
    await page.getByLabel('Administratörens e-postadress').fill('ingrid@forstaby.example');
    await page.getByLabel('Lösenord').fill('ett-langt-installationslosenord');
    await page.getByRole('button', { name: 'Skapa organisationen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisationen är skapad' }).waitFor();
    await expectNoAxeViolations(page);

    // 2. She logs in; the first administrator is the installation's administrator too.
    await page.getByRole('link', { name: 'Till inloggningen' }).click();
    await logIn(page, 'ingrid@forstaby.example', 'ett-langt-installationslosenord');
    await page.waitForURL((url) => url.pathname === '/');

    // 3. A second organisation on /installation, with its first administrator.
    await page.goto('/installation');
    await page.getByRole('heading', { level: 1, name: 'Installation' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Organisationens namn').fill('Grannby kommun – Omsorgsförvaltningen');
    await page.getByLabel('Organisationsnummer').fill('212000-0142');
    await page.getByLabel('E-postdomän').fill('grannby.example');
    await page.getByLabel('Administratörens namn').fill('Greta Grann');
    await page.getByLabel('Administratörens e-postadress').fill('greta@grannby.example');
    await page.getByRole('button', { name: 'Skapa organisationen' }).click();
    const passwordLine = await page.getByText('Engångslösenord för greta@grannby.example:').textContent();
    const oneTimePassword = /:\s*(\S+)\s*$/.exec(passwordLine ?? '')?.[1];
    expect(oneTimePassword).toBeTruthy();
    await page.getByRole('cell', { name: 'Grannby kommun – Omsorgsförvaltningen', exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await installer.context.close();

    // 4. The second organisation's administrator logs in, chooses her password and sets up single sign-on.
    const admin = await newWindow(browser, baseUrl);
    page = admin.page;
    await logIn(page, 'greta@grannby.example', oneTimePassword!);
    await page.getByRole('heading', { level: 1, name: 'Byt lösenord' }).waitFor();
    await page.getByLabel('Nuvarande lösenord').fill(oneTimePassword!);
    await page.getByLabel('Nytt lösenord').fill('gretas-eget-langa-losenord');
    await page.getByLabel('Upprepa det nya lösenordet').fill('gretas-eget-langa-losenord');
    await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/administration');
    await page.getByRole('link', { name: 'Inloggning (SSO)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggning (SSO)' }).waitFor();
    await page.getByText('Enkel inloggning är inte inställd.').waitFor();
    expect(await page.getByLabel('Omdirigerings-URI att registrera hos inloggningstjänsten').inputValue()).toBe(`${baseUrl}/api/v1/auth/sso/callback`);
    await expectNoAxeViolations(page);
    await page.getByLabel('Utfärdare (issuer-URL)').fill(provider.issuer);
    await page.getByLabel('Klient-id (program-id)').fill(provider.clientId);
    await page.getByLabel('Klienthemlighet').fill(provider.clientSecret);
    await page.getByLabel('E-postdomäner').fill('grannby.example');
    await page.getByLabel('Skapas vid första inloggningen').check();
    await page.getByLabel('Roll för användare som skapas vid första inloggningen').selectOption('staff');
    await page.getByRole('button', { name: 'Spara inloggningen' }).click();
    await page.getByText('Enkel inloggning är på för grannby.example.').waitFor();
    // The secret is never shown again: only that one is saved.
    await page.getByText('En klienthemlighet är sparad.').waitFor();
    expect(await page.getByLabel('Klienthemlighet').inputValue()).toBe('');
    expect(await page.content()).not.toContain(provider.clientSecret);
    await expectNoAxeViolations(page);
    await admin.context.close();

    // 5. An SSO user of the second organisation logs in through the provider's own login page.
    provider.addIdentity({ login: 'sam.sso@grannby.example', oid: randomUUID(), name: 'Sam Samverkan', email: 'sam.sso@grannby.example', preferredUsername: 'sam.sso@grannby.example' });
    const user = await newWindow(browser, baseUrl);
    page = user.page;
    await page.goto('/logga-in');
    await expectNoAxeViolations(page);
    await page.getByLabel('E-postadress').fill('sam.sso@grannby.example');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    const login = page.locator('input[name="login"]');
    await login.waitFor();
    expect(await login.inputValue()).toBe('sam.sso@grannby.example'); // Entra ID fills in the login_hint
    await page.locator('input[name="password"]').fill('vilket-losenord-som-helst');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.waitForURL((url) => url.href.startsWith(baseUrl) && new URL(url).pathname === '/');
    await page.getByText('Hej Sam Samverkan!').waitFor();
    await page.getByText(/Grannby kommun – Omsorgsförvaltningen/).first().waitFor();
    await expectNoAxeViolations(page);
    // No password asked, no password set: Sam has no Digiplan password.
    const session = await page.evaluate(async () => (await fetch('/api/v1/auth/session')).json() as Promise<{ user: { email: string } }>);
    expect(session.user.email).toBe('sam.sso@grannby.example');
    await user.context.close();

    // 6. Grannby leaves the installation: its administrator (password, since the domain now has SSO)
    //    downloads the organisation whole, then deletes it after typing its name.
    const leaving = await newWindow(browser, baseUrl);
    page = leaving.page;
    await page.goto('/logga-in?losenord');
    await page.getByLabel('E-postadress').fill('greta@grannby.example');
    await page.getByLabel('Lösenord').fill('gretas-eget-langa-losenord');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/administration/organisation');
    await page.getByRole('heading', { level: 2, name: 'Exportera organisationen' }).waitFor();
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Exportera organisationen/ }).click()]);
    const exported = await download.path();
    expect(exported).toBeTruthy();
    await page.getByRole('button', { name: 'Ta bort organisationen…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Skriv organisationens namn för att bekräfta').fill('Grannby');
    await dialog.getByRole('button', { name: 'Ta bort för gott' }).click();
    await dialog.getByText('Namnet stämmer inte. Skriv organisationens namn exakt.').first().waitFor();
    await dialog.getByLabel('Skriv organisationens namn för att bekräfta').fill('Grannby kommun – Omsorgsförvaltningen');
    await dialog.getByRole('button', { name: 'Ta bort för gott' }).click();
    await page.waitForURL((url) => url.pathname === '/logga-in');
    // Gone: Greta's account belonged only to Grannby, so her password no longer logs in.
    const after = await page.evaluate(async () => (await fetch('/api/v1/auth/session')).status);
    expect(after).toBe(401);
    await leaving.context.close();
    console.log(`going-live journey: ${((Date.now() - journeyStart) / 1000).toFixed(1)} s in the browser, ${((Date.now() - startedAt) / 1000).toFixed(1)} s with the server's start`);
  });
});
