import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { todayInSweden } from '@domain/decisions.contracts';
import type { TOutboxPage } from '@domain/email.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, buildOrganization, logInNewMember, type TestOrganization } from '@test/factories';
import { auditEventsIn } from '@test/audit';
import { inPlatform } from '@server/platform/tenancy/context';
import { emailOutbox } from '@server/modules/email/email.tables';
import { sendQueuedEmails } from '@server/modules/email/send-queued-emails';

const quiet = { info: () => {}, warn: () => {} };

describe('the administrator’s outbox (Utkorg)', () => {
  let t: TestApp;
  let org: TestOrganization;
  let admin: ApiClient;
  let otherAdmin: ApiClient;
  let staff: ApiClient;
  let failedId: string;
  let loggedId: string;

  const giveUpOn = (id: string) =>
    inPlatform(t.db, (tx) =>
      tx
        .update(emailOutbox)
        .set({ status: 'failed', attempts: 8, lastError: '550 5.1.1 Mottagaren finns inte' })
        .where(and(eq(emailOutbox.organizationId, org.id), eq(emailOutbox.id, id))),
    );

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    admin = await logInNewMember(t, org.id, ['admin']);
    staff = await logInNewMember(t, org.id, ['staff']);
    otherAdmin = await logInNewMember(t, (await buildOrganization(t.db)).id, ['admin']);
    const submitter = await buildMember(t.db, org.id, ['staff'], 'Stina Personal');
    const olg = await buildMember(t.db, org.id, ['steering_member'], 'Olle OLG');
    const steering = await logInAs(t.app, olg.email, olg.password);
    for (const title of ['Digitala lås', 'Nattkamera']) {
      const need = await buildNeed(t.db, org, submitter.id, { title });
      const decided = await steering.post(`/api/v1/needs/${need.id}/decisions`, { outcome: 'reject', reason: 'Ryms inte i år.', decisionDate: todayInSweden(), forum: 'OLG' }, { ifMatch: 1 });
      expect(decided.statusCode).toBe(201);
    }
    // Without SMTP the worker writes each message to the log and keeps it queued.
    await sendQueuedEmails(t.db, { send: null, publicUrl: 'https://digiplan.exempel.se', log: quiet });
    const rows = await inPlatform(t.db, (tx) => tx.select().from(emailOutbox).where(eq(emailOutbox.organizationId, org.id)));
    [failedId, loggedId] = rows.map((row) => row.id) as [string, string];
    await giveUpOn(failedId);
  });
  afterAll(async () => t.close());

  it('shows the administrator every e-mail, newest first, with who it went to, the failure and its error', async () => {
    const response = await admin.get('/api/v1/email-outbox');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const page = response.json<TOutboxPage>();
    expect(page.failedCount).toBe(1);
    expect(page.items).toHaveLength(2);
    const failed = page.items.find((item) => item.id === failedId)!;
    expect(failed).toMatchObject({ status: 'failed', toName: 'Stina Personal', kind: 'need_decided', lastError: '550 5.1.1 Mottagaren finns inte', nextAttemptAt: null });
    const logged = page.items.find((item) => item.id === loggedId)!;
    expect(logged.status).toBe('queued');
    expect(logged.loggedAt).not.toBeNull();
    expect(logged.subject).toMatch(/^Beslut om ditt behov nr \d+: /);
    expect(logged.link).toMatch(/^\/behov\//);
  });

  it('filters on failed messages and pages through the outbox without skipping any', async () => {
    const failed = (await admin.get('/api/v1/email-outbox?status=failed')).json<TOutboxPage>();
    expect(failed.items.map((item) => item.id)).toEqual([failedId]);
    const first = (await admin.get('/api/v1/email-outbox?limit=1')).json<TOutboxPage>();
    expect(first.nextCursor).not.toBeNull();
    const second = (await admin.get(`/api/v1/email-outbox?limit=1&cursor=${first.nextCursor}`)).json<TOutboxPage>();
    expect(new Set([...first.items, ...second.items].map((item) => item.id))).toEqual(new Set([failedId, loggedId]));
    expect(second.nextCursor).toBeNull();
    expect((await admin.get('/api/v1/email-outbox?cursor=inte-en-markor')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/email-outbox?status=borta')).statusCode).toBe(400);
  });

  it('sends a failed message again once, audited, and tells a second administrator it is no longer failed', async () => {
    expect((await admin.post(`/api/v1/email-outbox/${failedId}/retry`)).statusCode).toBe(204);
    const page = (await admin.get('/api/v1/email-outbox')).json<TOutboxPage>();
    expect(page.failedCount).toBe(0);
    expect(page.items.find((item) => item.id === failedId)).toMatchObject({ status: 'queued', attempts: 0, lastError: null });
    const again = await admin.post(`/api/v1/email-outbox/${failedId}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    const [event] = await auditEventsIn(t.db, org.id, failedId);
    expect(event).toMatchObject({ action: 'email.retried', entityType: 'email', before: { status: 'failed', lastError: '550 5.1.1 Mottagaren finns inte' }, after: { status: 'queued' } });
  });

  it('keeps the outbox from staff, and another organisation’s administrator neither sees nor resends its messages', async () => {
    expect((await staff.get('/api/v1/email-outbox')).statusCode).toBe(403);
    expect((await staff.post(`/api/v1/email-outbox/${loggedId}/retry`)).statusCode).toBe(403);
    expect((await otherAdmin.get('/api/v1/email-outbox')).json<TOutboxPage>().items).toEqual([]);
    await giveUpOn(loggedId);
    expect((await otherAdmin.post(`/api/v1/email-outbox/${loggedId}/retry`)).statusCode).toBe(404);
    expect((await admin.get('/api/v1/email-outbox?status=failed')).json<TOutboxPage>().items.map((item) => item.id)).toEqual([loggedId]);
  });
});
