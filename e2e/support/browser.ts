import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Debian's Chromium, driven by playwright-core (no browser download). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh page (own cookies) with Swedish locale, opened on the app. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE', baseURL: inject('baseUrl') });
  return context.newPage();
}

/** Fails the test with the list of WCAG 2.1 A/AA violations axe finds on the current page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A dialog fading in is measured mid-fade otherwise (low contrast for a few frames). Endless
  // animations (a spinner) never finish, hence the bounded wait.
  await page
    .waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity), null, { timeout: 3000 })
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // The element's markup too: generated ids (":ds:1") alone do not say which component failed.
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')})`);
  expect({ url: page.url(), violations }).toEqual({ url: page.url(), violations: [] });
}

/**
 * Logs in through the login form with the keyboard only: the e-mail address, Enter, then (the
 * password field takes focus when the address logs in with a password) the password and Enter.
 */
export async function logInWithKeyboard(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'password');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}
