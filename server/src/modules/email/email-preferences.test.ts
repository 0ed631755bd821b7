import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { EMAIL_KINDS } from '@domain/email.contracts';
import { todayInSweden } from '@domain/decisions.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, buildOrganization, type TestMember, type TestOrganization } from '@test/factories';
import { startTestSmtp, type TestSmtp } from '@test/smtp';
import { inPlatform } from '@server/platform/tenancy/context';
import { auditEvents } from '@server/platform/audit/audit.tables';
import { emailOutbox } from '@server/modules/email/email.tables';
import { sendQueuedEmails } from '@server/modules/email/send-queued-emails';
import { smtpSender } from '@server/modules/email/email-sender';

const PUBLIC_URL = 'https://digiplan.exempel.se';
const quiet = { info: () => {}, warn: () => {} };

describe('a user chooses which e-mails she gets', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let sender: ReturnType<typeof smtpSender>;
  let org: TestOrganization;
  let otherOrg: TestOrganization;
  let stina: TestMember;
  let asStina: ApiClient;
  let steering: ApiClient;
  const decide = (needId: string) =>
    steering.post(`/api/v1/needs/${needId}/decisions`, { outcome: 'reject', reason: 'Ryms inte i budgeten i år.', decisionDate: todayInSweden(), forum: 'OLG' }, { ifMatch: 1 });
  const outboxFor = (userId: string) => inPlatform(t.db, (tx) => tx.select().from(emailOutbox).where(eq(emailOutbox.toUserId, userId)));

  beforeAll(async () => {
    t = await createTestApp();
    smtp = await startTestSmtp();
    sender = smtpSender(smtp.url, 'Digiplan <no-reply@digiplan.exempel.se>');
    org = await buildOrganization(t.db);
    otherOrg = await buildOrganization(t.db);
    stina = await buildMember(t.db, org.id, ['staff'], 'Stina Personal');
    asStina = await logInAs(t.app, stina.email, stina.password);
    const olle = await buildMember(t.db, org.id, ['steering_member'], 'Olle OLG');
    steering = await logInAs(t.app, olle.email, olle.password);
  });
  afterAll(async () => {
    sender.close();
    await smtp.close();
    await t.close();
  });

  it('shows every kind of e-mail as on until she chooses otherwise', async () => {
    const response = await asStina.get('/api/v1/me/email-preferences');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({ items: EMAIL_KINDS.map((kind) => ({ kind, enabled: true })) });
  });

  it('gets no e-mail when her need is decided after she turned "need_decided" off, and gets it again once she turns it back on', async () => {
    const saved = await asStina.put('/api/v1/me/email-preferences', { items: [{ kind: 'need_decided', enabled: false }] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().items).toContainEqual({ kind: 'need_decided', enabled: false });
    expect(saved.json().items).toContainEqual({ kind: 'contract_ending', enabled: true });

    const quietNeed = await buildNeed(t.db, org, stina.id, { title: 'Digitala lås' });
    expect((await decide(quietNeed.id)).statusCode).toBe(201);
    expect(await outboxFor(stina.id)).toEqual([]);
    await sendQueuedEmails(t.db, { send: sender.send, publicUrl: PUBLIC_URL, log: quiet });
    expect(smtp.received).toHaveLength(0);
    // The in-app notification is still there: the choice is about e-mail only.
    const notifications = await asStina.get('/api/v1/notifications');
    expect(notifications.json().items.some((item: { kind: string }) => item.kind === 'need_decided')).toBe(true);

    expect((await asStina.put('/api/v1/me/email-preferences', { items: [{ kind: 'need_decided', enabled: true }] })).statusCode).toBe(200);
    const need = await buildNeed(t.db, org, stina.id, { title: 'Läsplattor' });
    expect((await decide(need.id)).statusCode).toBe(201);
    expect((await sendQueuedEmails(t.db, { send: sender.send, publicUrl: PUBLIC_URL, log: quiet })).sent).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toContain('Läsplattor');
    expect(mail!.text).toContain(`${PUBLIC_URL}/mina-installningar/e-post`);
  });

  it('records each change in the audit log with the kinds turned on and off, and nothing when nothing changed', async () => {
    const auditOf = () =>
      inPlatform(t.db, (tx) =>
        tx.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.action, 'email_preferences.changed'), eq(auditEvents.actorId, stina.id))),
      );
    const before = (await auditOf()).length;
    await asStina.put('/api/v1/me/email-preferences', { items: [{ kind: 'contract_ending', enabled: false }, { kind: 'need_decided', enabled: true }] });
    const events = await auditOf();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ entityType: 'user', entityId: stina.id, after: { emailsTurnedOn: [], emailsTurnedOff: ['contract_ending'] } });
    await asStina.put('/api/v1/me/email-preferences', { items: [{ kind: 'contract_ending', enabled: false }] });
    expect(await auditOf()).toHaveLength(before + 1);
  });

  it('keeps each person\'s choices her own: another organisation\'s user turning an e-mail off changes nothing for her', async () => {
    const both = await buildMember(t.db, otherOrg.id, ['staff'], 'Berit Båda');
    const asBoth = await logInAs(t.app, both.email, both.password);
    await asBoth.put('/api/v1/me/email-preferences', { items: [{ kind: 'need_decided', enabled: false }] });
    // Stina's choices are hers alone.
    expect((await asStina.get('/api/v1/me/email-preferences')).json().items).toContainEqual({ kind: 'need_decided', enabled: true });
  });

  it('refuses an unknown kind, a kind given twice and a missing choice with 400, and changes nothing', async () => {
    for (const body of [
      { items: [{ kind: 'newsletter', enabled: false }] },
      { items: [{ kind: 'need_decided', enabled: false }, { kind: 'need_decided', enabled: true }] },
      { items: [{ kind: 'need_decided' }] },
      { items: 'need_decided' },
      {},
    ]) {
      const response = await asStina.put('/api/v1/me/email-preferences', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await asStina.get('/api/v1/me/email-preferences')).json().items).toContainEqual({ kind: 'need_decided', enabled: true });
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/email-preferences' })).statusCode).toBe(401);
  });
});
