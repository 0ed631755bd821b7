import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TBenefit } from '@domain/benefits.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, type TestMember, type TestOrganization } from '@test/factories';
import { initiativeThroughDecision } from '@test/initiatives';
import { startTestSmtp, type TestSmtp } from '@test/smtp';
import { connect, type Database } from '@server/platform/db/database';
import { inPlatform } from '@server/platform/tenancy/context';
import { fewerVisits } from '@server/modules/benefits/benefits.test-support';
import { notifications } from '@server/modules/notifications/notifications.tables';
import { emailOutbox, remindersSent } from '@server/modules/email/email.tables';
import { sendQueuedEmails } from '@server/modules/email/send-queued-emails';
import { smtpSender } from '@server/modules/email/email-sender';
import { sendDueReminders } from '@server/modules/email/send-due-reminders';

const PUBLIC_URL = 'https://digiplan.exempel.se';
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

describe('reminders by e-mail', () => {
  let t: TestApp;
  let secondNode: Database;
  let smtp: TestSmtp;
  let sender: ReturnType<typeof smtpSender>;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let owner: TestMember;
  let initiativeId: string;
  const outboxTo = (userId: string) => inPlatform(t.db, (tx) => tx.select().from(emailOutbox).where(and(eq(emailOutbox.organizationId, org.id), eq(emailOutbox.toUserId, userId))));
  const send = () => sendQueuedEmails(t.db, { send: sender.send, publicUrl: PUBLIC_URL, log: quiet });

  beforeAll(async () => {
    t = await createTestApp();
    // A second app node: its own connection pool on the same database.
    secondNode = connect(inject('pgAppBase') + t.adminUrl.split('/').pop()!, 5);
    smtp = await startTestSmtp();
    sender = smtpSender(smtp.url, 'Digiplan <no-reply@digiplan.exempel.se>');
    org = await buildOrganization(t.db);
    const coordinatorMember = await buildMember(t.db, org.id, ['coordinator'], 'Ulla Utvecklingsledare');
    coordinator = await logInAs(t.app, coordinatorMember.email, coordinatorMember.password);
    owner = await buildMember(t.db, org.id, ['staff'], 'Sam Sjuksköterska');
    initiativeId = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Digital nattillsyn', plannedStartYear: 2025 });
  });
  afterAll(async () => {
    sender.close();
    await smtp.close();
    await secondNode.close();
    await t.close();
  });

  it('e-mails a benefit’s owner once on the day its measurement is due, not twice, with a link to the benefit and an in-app notification', async () => {
    // Quarterly from the baseline 1 January 2025: the first measurement is due on 1 April 2025.
    const benefit = (await coordinator.post(`/api/v1/initiatives/${initiativeId}/benefits`, fewerVisits(owner.id))).json<TBenefit>();
    // The evening before and at 06:59 Swedish summer time nothing is due yet.
    expect((await sendDueReminders(t.db, { now: new Date('2025-03-31T20:00:00Z'), log: quiet })).given).toBe(0);
    expect((await sendDueReminders(t.db, { now: new Date('2025-04-01T04:59:00Z'), log: quiet })).given).toBe(0);
    // 08:30 on 1 April in Sweden.
    expect((await sendDueReminders(t.db, { now: new Date('2025-04-01T06:30:00Z'), log: quiet })).given).toBe(1);
    expect((await sendDueReminders(t.db, { now: new Date('2025-04-01T06:45:00Z'), log: quiet })).given).toBe(0);
    expect((await sendDueReminders(t.db, { now: new Date('2025-04-03T10:00:00Z'), log: quiet })).given).toBe(0);

    const queued = await outboxTo(owner.id);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ kind: 'benefit_measurement_due', link: `/initiativ/${initiativeId}/nytta/${benefit.id}` });
    expect((await send()).sent).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to_).toEqual([owner.email]);
    expect(mail!.subject).toBe('Dags att mäta nyttan: Färre fysiska nattbesök');
    expect(mail!.text).toContain('Mätningen ska göras 1 april 2025.');
    expect(mail!.text).toContain(`Öppna i Digiplan: ${PUBLIC_URL}/initiativ/${initiativeId}/nytta/${benefit.id}`);
    expect(mail!.html).toBe(false);

    const asOwner = await logInAs(t.app, owner.email, owner.password);
    const items = (await asOwner.get('/api/v1/notifications')).json().items as { kind: string; params: Record<string, unknown> }[];
    expect(items.filter((item) => item.kind === 'reminder')).toEqual([
      expect.objectContaining({ params: { reminder: 'benefit_measurement_due', title: 'Färre fysiska nattbesök', dueDate: '2025-04-01', link: `/initiativ/${initiativeId}/nytta/${benefit.id}` } }),
    ]);
    // Measured: the next reminder is a quarter later.
    smtp.received.length = 0;
    expect((await coordinator.post(`/api/v1/initiatives/${initiativeId}/benefits/${benefit.id}/measurements`, { measuredOn: '2025-04-02', value: '1 100', comment: '' })).statusCode).toBe(201);
    expect((await sendDueReminders(t.db, { now: new Date('2025-07-02T07:00:00Z'), log: quiet })).given).toBe(1);
    expect((await outboxTo(owner.id)).map((m) => m.subject)).toContain('Dags att mäta nyttan: Färre fysiska nattbesök');
    expect((await send()).sent).toBe(1);
  });

  it('gives each reminder once when two app nodes run the job at the same moment, several times over', async () => {
    const people = await Promise.all([0, 1, 2].map((i) => buildMember(t.db, org.id, ['staff'], `Ägare ${i}`)));
    for (const person of people) {
      expect((await coordinator.post(`/api/v1/initiatives/${initiativeId}/benefits`, { ...fewerVisits(person.id), description: `Nytta för ${person.id.slice(-4)}`, frequency: 'monthly', baselineDate: '2025-09-30' })).statusCode).toBe(201);
    }
    // Monthly from 30 September: due 30 October 2025 (winter time again since 26 October: 07:00 is 06:00 UTC).
    const now = new Date('2025-10-30T06:00:00Z');
    const results = await Promise.all([
      sendDueReminders(t.db, { now, log: quiet }),
      sendDueReminders(secondNode.db, { now, log: quiet }),
      sendDueReminders(t.db, { now, log: quiet }),
      sendDueReminders(secondNode.db, { now, log: quiet }),
    ]);
    expect(results.reduce((sum, r) => sum + r.given, 0)).toBe(3);
    expect(results.reduce((sum, r) => sum + r.failed, 0)).toBe(0);
    for (const person of people) expect(await outboxTo(person.id)).toHaveLength(1);
    // And the rows that make it once: one per benefit and due date.
    const sent = await inPlatform(t.db, (tx) => tx.select().from(remindersSent).where(and(eq(remindersSent.organizationId, org.id), eq(remindersSent.dueDate, '2025-10-30'))));
    expect(sent).toHaveLength(3);
    const given = await Promise.all([sendDueReminders(secondNode.db, { now, log: quiet }), sendDueReminders(t.db, { now, log: quiet })]);
    expect(given.map((r) => r.given)).toEqual([0, 0]);
  });

  it('reminds the system administrator 90 days before a contract ends and 30 days before the last day of notice, and no one without a task', async () => {
    const admin = await buildMember(t.db, org.id, ['staff'], 'Sigrid Systemförvaltare');
    const created = await coordinator.post('/api/v1/systems', { name: 'Lifecare', supplier: 'Leverantören AB', contractEnd: '2026-06-30', noticeMonths: 6, lifecycle: 'in_operation' });
    expect(created.statusCode).toBe(201);
    const system = created.json<{ id: string; version: number }>();
    // No one has a task on it yet: nobody to remind, and nothing marked as given.
    expect((await sendDueReminders(t.db, { now: new Date('2025-12-01T08:00:00Z'), log: quiet })).given).toBe(0);
    expect((await coordinator.put(`/api/v1/systems/${system.id}/tasks/administration`, { assigneeUserId: admin.id, done: false }, { ifMatch: system.version })).statusCode).toBe(200);
    // Notice: 30 December 2025 is the last day (six months before 30 June), reminded 30 November; the end on 1 April 2026.
    expect((await sendDueReminders(t.db, { now: new Date('2025-12-01T08:00:00Z'), log: quiet })).given).toBe(1);
    expect((await sendDueReminders(t.db, { now: new Date('2026-04-01T08:00:00Z'), log: quiet })).given).toBe(1);
    const subjects = (await outboxTo(admin.id)).map((m) => m.subject).sort();
    expect(subjects).toEqual(['Avtalet löper ut 30 juni 2026: Lifecare (Leverantören AB)', 'Sista dag att säga upp avtalet är 30 december 2025: Lifecare (Leverantören AB)']);
  });

  it('sends no reminder e-mail to someone who turned that kind off, but still tells her in Digiplan', async () => {
    const quietOwner = await buildMember(t.db, org.id, ['staff'], 'Tyra Tyst');
    const asQuiet = await logInAs(t.app, quietOwner.email, quietOwner.password);
    await asQuiet.put('/api/v1/me/email-preferences', { items: [{ kind: 'benefit_measurement_due', enabled: false }] });
    await coordinator.post(`/api/v1/initiatives/${initiativeId}/benefits`, { ...fewerVisits(quietOwner.id), description: 'Tyst nytta', frequency: 'yearly', baselineDate: '2025-02-28' });
    expect((await sendDueReminders(t.db, { now: new Date('2026-02-28T09:00:00Z'), log: quiet })).given).toBe(1);
    expect(await outboxTo(quietOwner.id)).toEqual([]);
    const notes = await inPlatform(t.db, (tx) => tx.select().from(notifications).where(and(eq(notifications.organizationId, org.id), eq(notifications.userId, quietOwner.id))));
    expect(notes.map((n) => n.kind)).toEqual(['reminder']);
  });
});
