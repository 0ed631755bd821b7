import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { todayInSweden } from '@domain/decisions.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, buildOrganization, type TestMember, type TestOrganization } from '@test/factories';
import { startTestSmtp, type TestSmtp } from '@test/smtp';
import { inPlatform } from '@server/platform/tenancy/context';
import { emailOutbox } from '@server/modules/email/email.tables';
import { sendQueuedEmails, type SendOptions } from '@server/modules/email/send-queued-emails';
import { smtpSender } from '@server/modules/email/email-sender';
import { queueEmail } from '@server/modules/email/queue-email';

const PUBLIC_URL = 'https://digiplan.exempel.se';
const quiet = { info: () => {}, warn: () => {} };

describe('e-mail through the outbox', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let sender: ReturnType<typeof smtpSender>;
  let org: TestOrganization;
  let submitter: TestMember;
  let steering: ApiClient;
  const options = (): SendOptions => ({ send: sender.send, publicUrl: PUBLIC_URL, log: quiet });
  const outbox = () => inPlatform(t.db, (tx) => tx.select().from(emailOutbox).where(eq(emailOutbox.organizationId, org.id)));
  const reject = (needId: string, version = 1) =>
    steering.post(`/api/v1/needs/${needId}/decisions`, { outcome: 'reject', reason: 'Ryms inte i budgeten i år.', decisionDate: todayInSweden(), forum: 'OLG' }, { ifMatch: version });

  beforeAll(async () => {
    t = await createTestApp();
    smtp = await startTestSmtp();
    sender = smtpSender(smtp.url, 'Digiplan <no-reply@digiplan.exempel.se>');
    org = await buildOrganization(t.db);
    submitter = await buildMember(t.db, org.id, ['staff'], 'Stina Personal');
    const member = await buildMember(t.db, org.id, ['steering_member'], 'Olle OLG');
    steering = await logInAs(t.app, member.email, member.password);
  });
  afterAll(async () => {
    sender.close();
    await smtp.close();
    await t.close();
  });

  it('e-mails the submitter in Swedish plain text with a link when her need is decided, and user text stays text', async () => {
    const need = await buildNeed(t.db, org, submitter.id, { title: 'Nattkamera <b>fet</b> & <script>alert(1)</script>' });
    expect((await reject(need.id)).statusCode).toBe(201);
    // Queued in the deciding transaction, not yet sent.
    expect((await outbox()).filter((m) => m.status === 'queued')).toHaveLength(1);
    expect(smtp.received).toHaveLength(0);

    const result = await sendQueuedEmails(t.db, options());
    expect(result.sent).toBe(1);
    const mail = (await smtp.waitFor(1))[0]!;
    expect(mail.to_).toEqual([submitter.email]);
    expect(mail.subject).toBe(`Beslut om ditt behov nr ${need.number}: Nattkamera <b>fet</b> & <script>alert(1)</script>`);
    expect(mail.text).toContain(`Behovet nr ${need.number} ”Nattkamera <b>fet</b> & <script>alert(1)</script>” som du lämnade in har avslagits.`);
    expect(mail.text).toContain(`Öppna i Digiplan: ${PUBLIC_URL}/behov/${need.id}`);
    // No HTML part at all: the title cannot become markup anywhere.
    expect(mail.html).toBe(false);
    expect(mail.raw).not.toMatch(/content-type:\s*text\/html/i);
    // The rationale stays behind the link.
    expect(mail.text).not.toContain('Ryms inte i budgeten');
    expect(mail.messageId).toMatch(/@digiplan>$/);
    const [row] = await outbox();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });

    // A second pass sends nothing again.
    expect((await sendQueuedEmails(t.db, options())).sent).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('keeps the message and retries later when the mail server refuses it, recording the error', async () => {
    smtp.received.length = 0;
    const need = await buildNeed(t.db, org, submitter.id, { title: 'Digitala lås' });
    smtp.refuse = true;
    expect((await reject(need.id)).statusCode).toBe(201); // the user's action is not blocked
    const first = await sendQueuedEmails(t.db, options());
    expect(first).toMatchObject({ sent: 0, retrying: 1 });
    const row = (await outbox()).filter((m) => m.status === 'queued')[0]!;
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/451|temporarily/i);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    // Not yet due: nothing happens.
    smtp.refuse = false;
    expect((await sendQueuedEmails(t.db, options())).sent).toBe(0);
    // Once due it goes out, once.
    await inPlatform(t.db, (tx) => tx.update(emailOutbox).set({ nextAttemptAt: sql`now()` }).where(eq(emailOutbox.id, row.id)));
    expect((await sendQueuedEmails(t.db, options())).sent).toBe(1);
    const mail = (await smtp.waitFor(1))[0]!;
    expect(mail.subject).toContain('Digitala lås');
    const after = (await outbox()).find((m) => m.id === row.id)!;
    expect(after).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('sends each message once when two workers (two app nodes) drain the outbox at the same time', async () => {
    smtp.received.length = 0;
    await inPlatform(t.db, async (tx) => {
      for (let i = 0; i < 20; i++) {
        await queueEmail(tx, { organizationId: org.id, toUserId: submitter.id, kind: 'need_decided', subject: `Meddelande ${i}`, text: 'Hej!', link: '/behov' });
      }
    });
    const otherSender = smtpSender(smtp.url, 'Digiplan <no-reply@digiplan.exempel.se>');
    const [a, b] = await Promise.all([sendQueuedEmails(t.db, options()), sendQueuedEmails(t.db, { ...options(), send: otherSender.send })]);
    otherSender.close();
    expect(a.sent + b.sent).toBe(20);
    await smtp.waitFor(20);
    await new Promise((r) => setTimeout(r, 200));
    const subjects = smtp.received.map((m) => m.subject).sort();
    expect(new Set(subjects).size).toBe(20);
    expect(subjects).toHaveLength(20);
  });

  it('without SMTP writes each message to the log once and keeps it queued for later', async () => {
    const need = await buildNeed(t.db, org, submitter.id, { title: 'Läsplattor' });
    expect((await reject(need.id)).statusCode).toBe(201);
    const lines: object[] = [];
    const log = { info: (o: object) => void lines.push(o), warn: () => {} };
    expect((await sendQueuedEmails(t.db, { send: null, publicUrl: PUBLIC_URL, log })).logged).toBe(1);
    expect((await sendQueuedEmails(t.db, { send: null, publicUrl: PUBLIC_URL, log })).logged).toBe(0);
    expect(lines).toEqual([expect.objectContaining({ to: submitter.email, subject: `Beslut om ditt behov nr ${need.number}: Läsplattor`, link: `${PUBLIC_URL}/behov/${need.id}` })]);
    const kept = (await outbox()).filter((m) => m.status === 'queued');
    expect(kept).toHaveLength(1);
    // When SMTP is configured later, the kept message goes out.
    smtp.received.length = 0;
    expect((await sendQueuedEmails(t.db, options())).sent).toBe(1);
    await smtp.waitFor(1);
  });

  it('refuses a link that leaves Digiplan and keeps a subject on one line', async () => {
    await expect(
      inPlatform(t.db, (tx) => queueEmail(tx, { organizationId: org.id, toUserId: submitter.id, kind: 'need_decided', subject: 'x', text: 'y', link: 'https://evil.example' })),
    ).rejects.toThrow(/path inside Digiplan/);
    const id = await inPlatform(t.db, async (tx) => {
      await queueEmail(tx, { organizationId: org.id, toUserId: submitter.id, kind: 'need_decided', subject: 'Rad ett\r\nBcc: someone@evil.example', text: 'y', link: '/' });
      const rows = await tx.select().from(emailOutbox).where(eq(emailOutbox.organizationId, org.id));
      return rows.find((r) => r.subject.startsWith('Rad ett'))!.subject;
    });
    expect(id).toBe('Rad ett Bcc: someone@evil.example');
  });
});
