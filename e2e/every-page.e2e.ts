import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { paths } from '@web/app/paths';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { adminApi, type Api } from './support/api';

type Item = { id: string; status?: string };

/** The first page of a list endpoint (`{ items }` or a bare array). */
async function listOf(api: Api, path: string): Promise<Item[]> {
  const response = await api.request<{ items?: Item[] } | Item[]>('GET', path);
  expect(response.status, `GET ${path}`).toBe(200);
  return Array.isArray(response.data) ? response.data : (response.data.items ?? []);
}

async function firstId(api: Api, path: string): Promise<string> {
  const [first] = await listOf(api, path);
  if (!first) throw new Error(`The demo data has nothing at ${path}: the every-page crawl needs one`);
  return first.id;
}

/** The demo initiative with the most to show: benefits and documents if any has both. */
async function richestInitiative(api: Api): Promise<{ id: string; benefitId: string; documentId: string }> {
  const candidates: { id: string; benefitId?: string; documentId?: string }[] = [];
  for (const initiative of await listOf(api, '/initiatives?limit=50')) {
    const [benefit] = await listOf(api, `/initiatives/${initiative.id}/benefits`);
    const [document] = await listOf(api, `/initiatives/${initiative.id}/documents`);
    candidates.push({ id: initiative.id, benefitId: benefit?.id, documentId: document?.id });
    if (benefit && document) break;
  }
  const withBenefit = candidates.find((c) => c.benefitId && c.documentId) ?? candidates.find((c) => c.benefitId);
  const withDocument = candidates.find((c) => c.documentId);
  if (!withBenefit?.benefitId || !withDocument?.documentId) throw new Error('The demo data has no initiative with a benefit and a document');
  return { id: withBenefit.id, benefitId: withBenefit.benefitId, documentId: withBenefit.documentId ?? withDocument.documentId };
}

/**
 * Every address in `paths.ts` (the route table's single source of addresses), filled with ids from
 * the demo data. The type makes tsc fail when a page is added without being crawled here.
 */
async function everyAddress(api: Api): Promise<Record<keyof typeof paths, string>> {
  const needs = await listOf(api, '/needs?limit=100');
  const openNeed = needs.find((need) => need.status === 'submitted') ?? needs[0]!;
  const initiative = await richestInitiative(api);
  const plan = await firstId(api, '/plans');
  return {
    start: paths.start,
    login: paths.login,
    setup: paths.setup,
    installation: paths.installation,
    changePassword: paths.changePassword,
    mySessions: paths.mySessions,
    myEmailPreferences: paths.myEmailPreferences,
    accessibility: paths.accessibility,
    notifications: paths.notifications,
    submitNeed: paths.submitNeed,
    maturity: paths.maturity,
    maturityAssessment: paths.maturityAssessment(await firstId(api, '/maturity-assessments')),
    needs: paths.needs,
    search: `${paths.search}?q=${encodeURIComponent('trygghet')}`,
    need: paths.need(openNeed.id),
    editNeed: paths.editNeed(openNeed.id),
    mergeNeed: paths.mergeNeed(openNeed.id),
    priorityMatrix: paths.priorityMatrix,
    decisionLog: paths.decisionLog,
    initiatives: paths.initiatives,
    registerInitiative: paths.registerInitiative,
    initiative: paths.initiative(initiative.id),
    initiativeBenefits: paths.initiativeBenefits(initiative.id),
    initiativeBenefit: paths.initiativeBenefit(initiative.id, initiative.benefitId),
    initiativeCalculation: paths.initiativeCalculation(initiative.id),
    initiativeFollowUp: paths.initiativeFollowUp(initiative.id),
    benefitPortfolio: paths.benefitPortfolio,
    dueMeasurements: paths.dueMeasurements,
    lessons: paths.lessons,
    initiativeRisks: paths.initiativeRisks(initiative.id),
    initiativeClassification: paths.initiativeClassification(initiative.id),
    initiativeDocuments: paths.initiativeDocuments(initiative.id),
    initiativeDocument: paths.initiativeDocument(initiative.id, initiative.documentId),
    administration: paths.administration,
    adminOrganization: paths.adminOrganization,
    adminUnits: paths.adminUnits,
    adminFocusAreas: paths.adminFocusAreas,
    adminGoals: paths.adminGoals,
    adminChecklists: paths.adminChecklists,
    adminClassificationLabels: paths.adminClassificationLabels,
    adminMembers: paths.adminMembers,
    adminSso: paths.adminSso,
    adminBenefitRates: paths.adminBenefitRates,
    adminNewMember: paths.adminNewMember,
    adminMember: paths.adminMember(await firstId(api, '/members')),
    auditLog: paths.auditLog,
    systems: paths.systems,
    newSystem: paths.newSystem,
    system: paths.system(await firstId(api, '/systems')),
    integrations: paths.integrations,
    welfareTech: paths.welfareTech,
    newWelfareTech: paths.newWelfareTech(),
    welfareTechItem: paths.welfareTechItem(await firstId(api, '/welfare-tech')),
    supplierDemos: paths.supplierDemos,
    newSupplierDemo: paths.newSupplierDemo,
    supplierDemo: paths.supplierDemo(await firstId(api, '/supplier-demos')),
    plans: paths.plans,
    plan: paths.plan(plan),
    planRoadmap: paths.planRoadmap(plan),
    planPrint: paths.planPrint(plan),
    strategy: paths.strategy,
    forums: paths.forums,
    newForum: paths.newForum,
    forum: paths.forum(await firstId(api, '/forums')),
    meetings: paths.meetings,
    meeting: paths.meeting(await firstId(api, '/meetings')),
    governanceYear: paths.governanceYear,
    governanceEvents: paths.governanceEvents,
    pilots: paths.pilots,
    library: paths.library,
    libraryEntry: paths.libraryEntry(await firstId(api, '/library')),
    adminOutbox: paths.adminOutbox,
  };
}

/** Pages anyone can open without logging in; crawled before the login. */
const PUBLIC: ReadonlyArray<keyof typeof paths> = ['login', 'setup', 'accessibility'];

/**
 * Opens an address and waits until the page has settled: its heading is there and nothing says
 * "Laddar…" any longer (lists, charts and forms load after the first paint).
 */
async function openSettled(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await page.locator('h1').first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.querySelector('.loading-state, [aria-busy="true"]') === null, null, { timeout: 15_000 }).catch(() => undefined);
}

/** Fails when the page scrolls sideways (WCAG 1.4.10 Reflow), naming the widest element. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const widest = [...document.querySelectorAll('body *')].find((element) => element.getBoundingClientRect().right > width + 1 && !element.closest('[tabindex], .table-scroll'));
    return { scrollWidth: document.documentElement.scrollWidth, widest: widest ? widest.outerHTML.slice(0, 200) : null };
  });
  if (overflow) throw new Error(`scrolls sideways: ${JSON.stringify(overflow)}`);
}

/** Fails when a chart's text sticks out of its picture (a label cut off at the edge of the chart). */
async function expectNoClippedChartText(page: Page): Promise<void> {
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('[role="img"] svg')].flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .filter((text) => {
          const r = text.getBoundingClientRect();
          return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
        })
        .map((text) => text.textContent);
    }),
  );
  if (clipped.length > 0) throw new Error(`chart text cut off: ${JSON.stringify(clipped)}`);
}

describe('every page on a phone', () => {
  let browser: Browser;
  let page: Page;
  let addresses: Record<keyof typeof paths, string>;

  beforeAll(async () => {
    browser = await launchBrowser();
    addresses = await everyAddress(await adminApi());
    page = await newPage(browser);
    await page.setViewportSize({ width: 320, height: 720 });
  });
  afterAll(async () => browser?.close());

  it('lets a visitor read the public pages at 320 px without sideways scrolling, axe clean', async () => {
    for (const name of PUBLIC) {
      const started = Date.now();
      await openSettled(page, addresses[name]);
      if (process.env.CRAWL_TIMES) console.log(`${addresses[name]}: settled ${Date.now() - started} ms`);
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);
    }
  });

  it('lets the demo organisation’s coordinator (also its administrator) open every page at 320 px without sideways scrolling or cut-off chart labels, axe clean', { timeout: 600_000 }, async () => {
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
    const loggedIn = [...(Object.keys(addresses) as (keyof typeof paths)[]).filter((name) => !PUBLIC.includes(name)).map((name) => addresses[name]), '/sidan-finns-inte'];
    // Every page is checked before the test fails, so one run lists all that need fixing.
    const failures: string[] = [];
    for (const address of loggedIn) {
      const started = Date.now();
      try {
        await openSettled(page, address);
        const settled = Date.now();
        await expectNoAxeViolations(page);
        await expectNoSidewaysScroll(page);
        await expectNoClippedChartText(page);
        if (process.env.CRAWL_TIMES) console.log(`${address}: settled ${settled - started} ms, checked ${Date.now() - settled} ms`);
      } catch (error) {
        failures.push(`${address}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1500));
      }
    }
    expect(failures).toEqual([]);
  });
});
