import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember } from './support/api';

const TITLE = `Digitala nycklar i hemtjänsten ${Date.now().toString(36)}`;

describe('the administrator reads the outbox (Utkorg)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // A staff member's need decided through the API e-mails her; without SMTP_URL the message waits.
    const admin = await adminApi();
    const member = await createMember(admin, 'Sara Testperson', ['staff']);
    const staff = await activateMember(member.email, member.oneTimePassword, `e2e-${Date.now().toString(36)}-hemligt-losen`);
    const need = await staff.request<{ id: string }>('POST', '/needs', {
      title: TITLE,
      problem: 'Hemtjänstens nycklar hämtas och lämnas på kontoret flera gånger om dagen.',
      expectedBenefit: 'Mindre tid på resor till kontoret.',
      affectedGroups: ['staff'],
    });
    expect(need.status).toBe(201);
    const decisions = await admin.request('GET', `/needs/${need.data.id}/decisions`);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const decided = await admin.request('POST', `/needs/${need.data.id}/decisions`, { outcome: 'reject', reason: 'Ryms inte i år.', decisionDate: today, forum: 'OLG' }, { 'if-match': decisions.etag! });
    expect(decided.status).toBe(201);
    browser = await launchBrowser();
    page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => browser?.close());

  it('finds "Utkorg (e-post)" under Administration and reads the waiting message about a decided need', async () => {
    await page.goto('/administration');
    await page.getByRole('link', { name: 'Utkorg (e-post)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utkorg (e-post)' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Väntar – /);
    await row.getByText(new RegExp(`Beslut om ditt behov nr \\d+: ${TITLE}`)).click();
    await row.getByText('Länk i meddelandet: /behov/').waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });

  it('shows only the messages that could not be sent, and says there are none, also on a phone', async () => {
    await page.getByRole('link', { name: 'Kunde inte skickas' }).click();
    await page.getByText('Inget meddelande har den statusen.').waitFor();
    expect(await page.getByRole('link', { name: 'Kunde inte skickas' }).getAttribute('aria-current')).toBe('page');
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('link', { name: 'Alla' }).click();
    await page.getByRole('row').filter({ hasText: TITLE }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  });
});
