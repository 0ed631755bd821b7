import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember, type Api } from './support/api';

const PASSWORD = 'startsidans-eget-langa-losenord';
const SUFFIX = Date.now().toString(36);
const NEED_TITLE = `Digitala nyckelskåp ${SUFFIX}`;

/** Logs a new member with `roles` in (keyboard only) and waits for the start page and its data. */
async function startPageAs(browser: Browser, name: string, roles: string[]): Promise<{ page: Page; api: Api; id: string }> {
  const admin = await adminApi();
  const member = await createMember(admin, name, roles);
  const api = await activateMember(member.email, member.oneTimePassword, PASSWORD);
  const session = await api.request<{ user: { id: string } }>('GET', '/auth/session');
  const page = await newPage(browser);
  await logInWithKeyboard(page, member.email, PASSWORD);
  await page.waitForURL((url) => url.pathname === '/');
  return { page, api, id: session.data.user.id };
}

/** Reloads the start page and waits for its sections, then checks it with axe and at 320 px. */
async function settleStartPage(page: Page, section: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { level: 2, name: section }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  if (size) await page.setViewportSize(size);
}

describe('the start page answers "what should I do now" for each role', () => {
  let browser: Browser;
  let staff: { page: Page; api: Api; id: string };
  let needId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    staff = await startPageAs(browser, 'Stina Startsida', ['staff']);
    const need = await staff.api.request<{ id: string }>('POST', '/needs', {
      title: NEED_TITLE,
      problem: 'Nycklar till brukarnas hem hämtas på kontoret varje morgon.',
      expectedBenefit: 'Mindre tid till nyckelhämtning.',
      affectedGroups: ['staff'],
    });
    expect(need.status).toBe(201);
    needId = need.data.id;
  });
  afterAll(async () => browser?.close());

  it('shows a staff member her own needs and what became of them, and no portfolio', async () => {
    const { page } = staff;
    await settleStartPage(page, 'Mina behov');
    const row = page.getByRole('row', { name: new RegExp(NEED_TITLE) });
    expect(await row.textContent()).toContain('Inkommen');
    expect(await page.getByRole('heading', { name: 'Portföljen i siffror' }).count()).toBe(0);
    await row.getByRole('link', { name: NEED_TITLE }).click();
    await page.waitForURL((url) => url.pathname === `/behov/${needId}`);
  });

  it('shows an OLG member the need waiting for her scores, and the portfolio and the plan', async () => {
    const coordinator = await startPageAs(browser, 'Cecilia Samordnare', ['coordinator']);
    expect((await coordinator.api.request('POST', `/needs/${needId}/assessments`, {})).status).toBe(201);
    const { page } = await startPageAs(browser, 'Olle Ledningsgrupp', ['steering_member']);
    await settleStartPage(page, 'Behov som väntar på din bedömning');
    const waiting = page.getByRole('region', { name: 'Behov som väntar på din bedömning' });
    await waiting.getByRole('link', { name: new RegExp(NEED_TITLE) }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Portföljen i siffror' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Digitaliseringsplanen' }).waitFor();
  });

  it('shows an owner her running initiative with what the next gate lacks', async () => {
    const owner = await startPageAs(browser, 'Åsa Projektägare', ['manager']);
    const coordinator = await startPageAs(browser, 'Carl Samordnare', ['coordinator']);
    const initiatives = await coordinator.api.request<{ items: { id: string; title: string; status: string }[] }>('GET', '/initiatives?limit=100');
    const initiative = initiatives.data.items.find((item) => item.status === 'active')!;
    const process = await coordinator.api.request<{ version: number }>('GET', `/initiatives/${initiative.id}/process`);
    const named = await coordinator.api.request('POST', `/initiatives/${initiative.id}/roles`, { kind: 'project_owner', userId: owner.id }, { 'if-match': `"${process.data.version}"` });
    expect(named.status).toBe(201);
    await settleStartPage(owner.page, 'Mina initiativ');
    const row = owner.page.getByRole('row', { name: new RegExp(initiative.title) });
    expect(await row.textContent()).toMatch(/saknas|Klart för nästa steg/);
    await row.getByRole('link', { name: initiative.title }).click();
    await owner.page.waitForURL((url) => url.pathname === `/initiativ/${initiative.id}`);
  });

  it('shows the coordinator the portfolio in figures whose charts are drawn and whose rows lead to the lists', async () => {
    const { page } = await startPageAs(browser, 'Ulla Utvecklingsledare', ['coordinator']);
    await settleStartPage(page, 'Portföljen i siffror');
    const needsFigure = page.getByRole('region', { name: 'Behov per status' });
    await needsFigure.getByRole('img', { name: /Behov per status: .*Inkommen/ }).locator('svg').waitFor();

    // On a phone every chart keeps its labels inside the picture: none is cut off at an edge.
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/');
    await needsFigure.getByRole('img', { name: /Behov per status/ }).locator('svg text').first().waitFor();
    await page.waitForLoadState('networkidle');
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.home-chart svg')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .filter((text) => {
            const r = text.getBoundingClientRect();
            return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
          })
          .map((text) => text.textContent);
      }),
    );
    expect(await page.locator('.home-chart svg').count()).toBeGreaterThanOrEqual(2);
    expect(clipped).toEqual([]);
    if (size) await page.setViewportSize(size);
    await page.getByRole('region', { name: 'Nytta: planerad och realiserad' }).getByRole('cell', { name: /kr$/ }).first().waitFor();
    await needsFigure.getByRole('link', { name: 'Inkommen' }).click();
    await page.waitForURL((url) => url.pathname === '/behov' && url.searchParams.get('status') === 'submitted');
    await page.goto('/');
    await page.getByRole('region', { name: 'Pågående initiativ per steg' }).getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === '/initiativ' && url.searchParams.get('status') === 'active' && url.searchParams.has('stage'));
  });

  it('shows a viewer the plan and the portfolio', async () => {
    const { page } = await startPageAs(browser, 'Lisa Läsare', ['viewer']);
    await settleStartPage(page, 'Digitaliseringsplanen');
    await page.getByRole('heading', { level: 2, name: 'Portföljen i siffror' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Mina behov' }).count()).toBe(0);
  });
});
