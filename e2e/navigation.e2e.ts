import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember, type Api } from './support/api';

const PASSWORD = 'mitt-eget-langa-losenord';

describe('a coordinator finds her way with the grouped menu, on a desktop and on a phone', () => {
  let browser: Browser;
  let page: Page;
  let api: Api;
  const word = `Snöröjningsrobot${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const member = await createMember(await adminApi(), 'Nora Navigatör', ['coordinator']);
    api = await activateMember(member.email, member.oneTimePassword, PASSWORD);
    page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await logInWithKeyboard(page, member.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('sees the menu on one row grouped by what she does, opens a group with the keyboard and closes it with Escape', async () => {
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    const groups = ['Behov och beslut', 'Initiativ och nytta', 'Plan och uppföljning', 'Register'];
    for (const name of groups) await nav.getByRole('button', { name: new RegExp(name) }).waitFor();
    // One row: every top-level entry starts at the same height.
    const tops = await nav.locator('.main-nav__list > li').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    expect(tops.length).toBeGreaterThanOrEqual(5);

    const registers = nav.getByRole('button', { name: /^Register/ });
    await registers.focus();
    await page.keyboard.press('Enter');
    expect(await registers.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'Systemlista' }).waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Systemlista');
    await page.keyboard.press('Escape');
    expect(await registers.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Register/);
    expect(await nav.getByRole('link', { name: 'Systemlista' }).count()).toBe(0);

    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Systemlista' }).click();
    await page.getByRole('heading', { level: 1, name: 'Systemlista' }).waitFor();
    // The group she is in says so, to the eye and to a screen reader.
    expect(await registers.textContent()).toContain('här är du nu');
  });

  it('opens the menu with a "Meny" button on a phone, moves by keyboard, closes it with Escape and goes to a page', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    const toggle = nav.getByRole('button', { name: 'Meny' });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Behov', exact: true }).count()).toBe(0);

    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('list', { name: 'Behov och beslut' }).waitFor();
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Meny');

    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Initiativ', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor();
    // A new page closes the menu, so the content comes first.
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('finds a need by its number and by words from the search box in the header, grouped by kind', async () => {
    const need = await api.request<{ id: string; number: number }>('POST', '/needs', {
      title: `${word} vid entréerna`,
      problem: 'Entréerna till boendena är hala på morgonen.',
      expectedBenefit: 'Färre halkolyckor.',
      affectedGroups: ['staff'],
    });
    expect(need.status).toBe(201);
    await page.goto('/');
    const searchBox = page.getByRole('search', { name: 'Sök' }).getByLabel('Sök behov, initiativ, system och dokument');
    await searchBox.fill(`B-${need.data.number}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sök' }).waitFor();
    const needs = page.getByRole('list', { name: /^Behov/ });
    await needs.getByRole('link', { name: `B-${need.data.number} ${word} vid entréerna` }).waitFor();
    for (const kind of ['Initiativ', 'System', 'Dokument']) await page.getByRole('heading', { level: 2, name: new RegExp(`^${kind} \\(`) }).waitFor();
    await expectNoAxeViolations(page);

    await searchBox.fill(word.toLowerCase());
    await page.keyboard.press('Enter');
    await page.getByText(`1 träff på ”${word.toLowerCase()}”.`).waitFor();
    await needs.getByRole('link', { name: new RegExp(word) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(word) }).waitFor();
  });

  it('can search on a phone without the page scrolling sideways', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/sok?q=${encodeURIComponent(word)}`);
    await page.getByRole('heading', { level: 1, name: 'Sök' }).waitFor();
    await page.getByRole('list', { name: /^Behov/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
