import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { expectNoAxeViolations, launchBrowser, logInWithKeyboard, newPage } from './support/browser';
import { activateMember, adminApi, createMember, type Api } from './support/api';

const STAFF_PASSWORD = 'medarbetarens-eget-losenord';
const MARKER = '[Borttaget: personuppgift]';
const SUFFIX = Date.now().toString(36);

describe('a coordinator masks personal data and a submitter deletes her need', () => {
  let browser: Browser;
  let staff: Api;
  let staffEmail: string;
  let needId: string;
  const commentBody = `Brukaren Påhittad Testperson ${SUFFIX} i rum 999 behöver detta.`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await adminApi();
    const member = await createMember(admin, 'Sara Inlämnare', ['staff']);
    staffEmail = member.email;
    staff = await activateMember(member.email, member.oneTimePassword, STAFF_PASSWORD);
    const need = await staff.request<{ id: string }>('POST', '/needs', {
      title: `Digital signering ${SUFFIX}`,
      problem: 'Planerna skrivs ut och signeras på papper varje vecka.',
      expectedBenefit: 'Medarbetare sparar tid.',
      affectedGroups: ['staff'],
    });
    expect(need.status).toBe(201);
    needId = need.data.id;
    expect((await staff.request('POST', `/needs/${needId}/comments`, { body: commentBody })).status).toBe(201);
  });
  afterAll(async () => browser?.close());

  it('lets the coordinator mask a comment after a dialog asking why', async () => {
    const page = await newPage(browser);
    await logInWithKeyboard(page, inject('adminEmail'), inject('adminPassword'));
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`/behov/${needId}`);
    await page.getByText(commentBody).waitFor();
    await expectNoAxeViolations(page);
    const comment = page.locator('.comment', { hasText: commentBody });
    await comment.getByRole('button', { name: 'Maskera personuppgift' }).click();
    await page.getByRole('heading', { name: 'Maskera personuppgift i kommentaren' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel(/Varför maskeras texten/).fill('Namn och rum på en brukare');
    await page.getByRole('button', { name: 'Maskera texten' }).click();
    // The dialog (inside the comment) also quotes the marker; wait for the comment's own text.
    await page.locator('.comment .need-text__body', { hasText: MARKER }).waitFor();
    expect(await page.getByText(commentBody).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('lets the submitter delete her own need after confirming', async () => {
    const page = await newPage(browser);
    await logInWithKeyboard(page, staffEmail, STAFF_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`/behov/${needId}`);
    await page.getByRole('button', { name: 'Ta bort behovet' }).click();
    await page.getByRole('heading', { name: /Ta bort behov B-\d+\?/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort behovet' }).click();
    await page.waitForURL((url) => url.pathname === '/behov');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect((await staff.request('GET', `/needs/${needId}`)).status).toBe(404);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
