import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { todayInSweden, type TDecision, type TDecisionPage } from '@domain/decisions.contracts';
import type { TGovernanceYear } from '@domain/governance-year.contracts';
import type { TForum, TMeeting, TMeetingSent } from '@domain/meetings.contracts';
import type { TNotificationPage } from '@domain/notifications.contracts';
import { inPlatform } from '@server/platform/tenancy/context';
import { DOCX_CONTENT_TYPE } from '@server/platform/docx/docx-document';
import { emailOutbox } from '@server/modules/email/email.tables';
import { sendQueuedEmails } from '@server/modules/email/send-queued-emails';
import { smtpSender } from '@server/modules/email/email-sender';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, type TestMember } from '@test/factories';
import { readDocx } from '@test/docx-reader';
import { startTestSmtp, type TestSmtp } from '@test/smtp';
import { auditEventsOf, buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

const all = (v: 1 | 2 | 3 | 4): TScores => ({
  competence: v,
  leadershipSupport: v,
  complexity: v,
  financing: v,
  savings: v,
  quality: v,
  mandatoryRequirement: v,
  goalFulfilment: v,
});
const PUBLIC_URL = 'https://digiplan.exempel.se';
const quiet = { info: () => {}, warn: () => {} };

describe('a meeting from kallelse to approved minutes', () => {
  let t: TestApp;
  let s: AdminScene;
  let smtp: TestSmtp;
  let sender: ReturnType<typeof smtpSender>;
  let chairMember: TestMember;
  let chair: ApiClient;
  let forum: TForum;
  let meeting: TMeeting;
  let needs: { id: string; number: number }[];
  const today = todayInSweden();
  const url = () => `/api/v1/meetings/${meeting.id}`;
  const outbox = (kind: string) => inPlatform(t.db, (tx) => tx.select().from(emailOutbox).where(and(eq(emailOutbox.organizationId, s.org.id), eq(emailOutbox.kind, kind))));
  const decide = (client: ApiClient, needId: string, body: Record<string, unknown>, version = 2) =>
    client.post(`/api/v1/needs/${needId}/decisions`, { decisionDate: today, ...body }, { ifMatch: version });

  const assess = async (needId: string) => {
    const round = (await s.clients.coordinator.post(`/api/v1/needs/${needId}/assessments`, {})).json<TAssessment>();
    expect((await s.clients.coordinator.put(`/api/v1/needs/${needId}/assessment/my-scores`, { scores: all(1) })).statusCode).toBe(200);
    expect((await chair.put(`/api/v1/needs/${needId}/assessment/my-scores`, { scores: all(2) })).statusCode).toBe(200);
    const current = (await s.clients.coordinator.get(`/api/v1/needs/${needId}/assessment`)).json<TAssessment>();
    expect((await s.clients.coordinator.post(`/api/v1/needs/${needId}/assessment/fix`, { scores: all(1) }, { ifMatch: current.version ?? round.version })).statusCode).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    smtp = await startTestSmtp();
    sender = smtpSender(smtp.url, 'Digiplan <no-reply@digiplan.exempel.se>');
    chairMember = await buildMember(t.db, s.org.id, ['steering_member'], 'Olle Ordförande');
    chair = await logInAs(t.app, chairMember.email, chairMember.password);
    forum = (
      await s.clients.admin.post('/api/v1/forums', { name: 'OLG', memberIds: [s.members.coordinator.id, s.members.viewer.id, chairMember.id], chairId: chairMember.id })
    ).json<TForum>();
    needs = [];
    for (const title of ['Läkemedelsrobot i hemtjänsten', 'Digital nattillsyn', 'Larm på boendet']) {
      const need = await buildNeed(t.db, s.org, s.members.staff.id, { title, problem: `${title}: problemet beskrivs här.` });
      await assess(need.id);
      needs.push({ id: need.id, number: need.number });
    }
    const created = await s.clients.coordinator.post('/api/v1/meetings', { forumId: forum.id, meetingDate: today, title: 'OLG <b>december</b>', place: 'Sal 3' });
    expect(created.statusCode).toBe(201);
    meeting = created.json<TMeeting>();
    // Two of the three needs are on the agenda, with förslag till beslut; the third stays off it.
    const onAgenda = meeting.items.filter((item) => item.need!.id !== needs[2]!.id);
    const saved = await s.clients.coordinator.put(
      `${url()}/agenda`,
      {
        title: meeting.title,
        place: meeting.place,
        meetingDate: today,
        items: onAgenda.map((item) => ({ id: item.id, kind: 'need', needId: item.need!.id, analysis: 'Teknikenheten: går att genomföra.', proposal: 'Genomför som projekt.' })),
      },
      { ifMatch: meeting.version },
    );
    expect(saved.statusCode).toBe(200);
    meeting = saved.json<TMeeting>();
  }, 120_000);
  afterAll(async () => {
    sender.close();
    await smtp.close();
    await t.close();
  });

  it('sends the kallelse to every forum member in-app and by plain-text e-mail with a link, and says so when sent again', async () => {
    expect((await s.clients.coordinator.post(`${url()}/send`, {})).statusCode).toBe(428);
    expect((await s.clients.staff.post(`${url()}/send`, {}, { ifMatch: meeting.version })).statusCode).toBe(403);
    const sent = await s.clients.coordinator.post(`${url()}/send`, {}, { ifMatch: meeting.version });
    expect(sent.statusCode).toBe(200);
    const body = sent.json<TMeetingSent>();
    // The coordinator who sends it is a member too, but is not told of their own action.
    expect(body).toMatchObject({ notified: 2, emailed: 2, resent: false, meeting: { version: meeting.version + 1 } });
    expect(body.meeting.agendaSentAt).not.toBeNull();
    meeting = body.meeting;

    const queued = await outbox('meeting_papers');
    expect(queued.map((mail) => mail.toUserId).sort()).toEqual([s.members.viewer.id, chairMember.id].sort());
    expect(queued[0]).toMatchObject({ link: `/moten/${meeting.id}`, status: 'queued' });
    expect(queued[0]!.body).not.toContain('problemet beskrivs');

    expect((await sendQueuedEmails(t.db, { send: sender.send, publicUrl: PUBLIC_URL, log: quiet })).sent).toBeGreaterThanOrEqual(2);
    const mails = (await smtp.waitFor(2)).filter((mail) => mail.subject?.startsWith('Kallelse'));
    const toChair = mails.find((mail) => mail.to_.includes(chairMember.email))!;
    expect(toChair.subject).toMatch(/^Kallelse: OLG <b>december<\/b> \d+ \p{L}+ \d{4}$/u);
    expect(toChair.text).toContain('Du är kallad: OLG, OLG <b>december</b>');
    expect(toChair.text).toContain(`Öppna i Digiplan: ${PUBLIC_URL}/moten/${meeting.id}`);
    expect(toChair.html).toBe(false);

    const notices = (await chair.get('/api/v1/notifications')).json<TNotificationPage>();
    expect(notices.items[0]).toMatchObject({ kind: 'meeting_papers', params: { meetingTitle: 'OLG <b>december</b>', link: `/moten/${meeting.id}`, resent: 0 } });

    // The viewer does not want kallelser by e-mail: sent again, the chair's says "Uppdaterad".
    expect((await s.clients.viewer.put('/api/v1/me/email-preferences', { items: [{ kind: 'meeting_papers', enabled: false }] })).statusCode).toBe(200);
    const again = await s.clients.coordinator.post(`${url()}/send`, {}, { ifMatch: meeting.version });
    expect(again.json<TMeetingSent>()).toMatchObject({ notified: 2, emailed: 1, resent: true });
    meeting = again.json<TMeetingSent>().meeting;
    expect((await outbox('meeting_papers')).filter((mail) => mail.subject.startsWith('Uppdaterad kallelse')).map((mail) => mail.toUserId)).toEqual([chairMember.id]);
    expect((await auditEventsOf(t.db, meeting.id)).filter((event) => event.action === 'meeting.agenda_sent')).toHaveLength(2);
  });

  it('records decisions from the meeting in its forum, shows them on the meeting and in the decision log, and asks the chair to approve after the last', async () => {
    const [first, second] = meeting.items;
    // A need that is not on the agenda cannot be decided at this meeting.
    const offAgenda = await decide(s.clients.coordinator, needs[2]!.id, { outcome: 'reject', reason: 'Inte nu.', meetingId: meeting.id });
    expect(offAgenda.json()).toMatchObject({ status: 400, errors: [{ path: 'body.meetingId', code: 'not_on_agenda' }] });
    const foreign = await decide(s.clients.coordinator, needs[2]!.id, { outcome: 'reject', reason: 'Inte nu.', meetingId: '00000000-0000-7000-8000-000000000000' });
    expect(foreign.json()).toMatchObject({ status: 400, errors: [{ path: 'body.meetingId', code: 'not_found' }] });

    const proceed = await decide(s.clients.coordinator, first!.need!.id, {
      outcome: 'proceed',
      form: 'project',
      ownerName: 'Eva Enhetschef',
      plannedStartYear: 2027,
      rationale: 'Stor nytta för brukarna.',
      forum: 'Något annat',
      meetingId: meeting.id,
    });
    expect(proceed.statusCode).toBe(201);
    expect(proceed.json<TDecision>()).toMatchObject({ forum: 'OLG', meeting: { id: meeting.id, title: 'OLG <b>december</b>', meetingDate: today } });
    expect((await chair.get('/api/v1/notifications')).json<TNotificationPage>().items.filter((n) => n.kind === 'minutes_to_approve')).toHaveLength(0);
    // Deciding the same need again at the meeting is a correction, not a second decision.
    const twice = await decide(s.clients.coordinator, first!.need!.id, { outcome: 'reject', reason: 'Ändrat oss.', meetingId: meeting.id }, 3);
    expect(twice.statusCode).toBe(409);

    expect((await decide(s.clients.coordinator, second!.need!.id, { outcome: 'reject', reason: 'Ryms inte i budgeten.', meetingId: meeting.id })).statusCode).toBe(201);
    const page = (await s.clients.viewer.get(url())).json<TMeeting>();
    expect(page.items.map((item) => [item.decision?.outcome, item.decision?.ownerName])).toEqual([
      ['proceed', 'Eva Enhetschef'],
      ['reject', null],
    ]);
    // Each decision moved the meeting's version on: the chair approves what they saw.
    expect(page.version).toBe(meeting.version + 2);
    meeting = page;

    const log = (await s.clients.viewer.get('/api/v1/decisions')).json<TDecisionPage>();
    expect(log.items.filter((decision) => decision.meeting?.id === meeting.id)).toHaveLength(2);
    const asked = (await chair.get('/api/v1/notifications')).json<TNotificationPage>().items.filter((n) => n.kind === 'minutes_to_approve');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.params).toMatchObject({ link: `/moten/${meeting.id}` });
    const approveMail = await outbox('minutes_to_approve');
    expect(approveMail.map((mail) => [mail.toUserId, mail.link])).toEqual([[chairMember.id, `/moten/${meeting.id}`]]);
    expect(approveMail[0]!.subject).toMatch(/^Protokoll att justera: OLG <b>december<\/b>/);
  });

  it('writes the kallelse and the minutes as Word files that any member can download', async () => {
    const agenda = await s.clients.viewer.get(`${url()}/agenda.docx`);
    expect(agenda.statusCode).toBe(200);
    expect(agenda.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    const agendaText = (await readDocx(agenda.rawPayload)).text;
    for (const expected of ['Kallelse: OLG <b>december</b>', 'Sal 3', '§ 1 Läkemedelsrobot i hemtjänsten', 'Sammanfattning', 'Läkemedelsrobot i hemtjänsten: problemet beskrivs här.', 'Digitalisera nu!', 'genomförbarhet 1', 'Teknikenheten: går att genomföra.', 'Förslag till beslut', 'Genomför som projekt.']) {
      expect(agendaText).toContain(expected);
    }

    const minutes = await s.clients.viewer.get(`${url()}/minutes.docx`);
    expect(minutes.statusCode).toBe(200);
    const minutesText = (await readDocx(minutes.rawPayload)).text;
    for (const expected of ['Protokoll: OLG <b>december</b>', '§ 1 Läkemedelsrobot i hemtjänsten', 'Beslut: Genomför som projekt.', 'Ansvarig: Eva Enhetschef.', 'Motivering: Stor nytta för brukarna.', '§ 2 Digital nattillsyn', 'Beslut: Avslå.', 'Olle Ordförande', 'Justeras']) {
      expect(minutesText).toContain(expected);
    }
    expect((await auditEventsOf(t.db, meeting.id)).filter((event) => event.action === 'meeting.document_downloaded').map((event) => event.after)).toEqual([
      { kind: 'agenda', format: 'docx' },
      { kind: 'minutes', format: 'docx' },
    ]);
  });

  it('lets only the chair approve the minutes, after which the meeting refuses every change with 409', async () => {
    expect((await s.clients.coordinator.post(`${url()}/approve`, {}, { ifMatch: meeting.version })).statusCode).toBe(403);
    expect((await s.clients.admin.post(`${url()}/approve`, {}, { ifMatch: meeting.version })).statusCode).toBe(403);
    expect((await chair.post(`${url()}/approve`, {})).statusCode).toBe(428);
    expect((await chair.post(`${url()}/approve`, {}, { ifMatch: meeting.version - 1 })).statusCode).toBe(412);
    const approved = await chair.post(`${url()}/approve`, {}, { ifMatch: meeting.version });
    expect(approved.statusCode).toBe(200);
    const frozen = approved.json<TMeeting>();
    expect(frozen.minutesApprovedAt).not.toBeNull();
    expect(frozen.minutesApprovedBy).toEqual({ id: chairMember.id, name: 'Olle Ordförande' });
    expect((await auditEventsOf(t.db, meeting.id)).at(-1)).toMatchObject({ action: 'meeting.minutes_approved', after: { minutesApprovedBy: chairMember.id } });

    const agenda = { title: 'Ändrad', place: '', meetingDate: today, items: frozen.items.map((item) => ({ id: item.id, kind: item.kind, needId: item.need?.id ?? null })) };
    const refusals = [
      await s.clients.coordinator.put(`${url()}/agenda`, agenda, { ifMatch: frozen.version }),
      await s.clients.coordinator.post(`${url()}/send`, {}, { ifMatch: frozen.version }),
      await chair.post(`${url()}/approve`, {}, { ifMatch: frozen.version }),
    ];
    for (const refused of refusals) {
      expect(refused.statusCode).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({ code: 'invalid_state', detail: 'Protokollet är justerat. Sammanträdet kan inte längre ändras.' });
    }
    // A need added to nothing: a decision naming the frozen meeting is refused, and the need is unchanged.
    const late = await decide(s.clients.coordinator, needs[2]!.id, { outcome: 'reject', reason: 'För sent.', meetingId: meeting.id });
    expect(late.statusCode).toBe(409);
    expect((await s.clients.coordinator.get(`/api/v1/needs/${needs[2]!.id}/decisions`)).json()).toEqual({ items: [] });

    const minutesText = (await readDocx((await s.clients.viewer.get(`${url()}/minutes.docx`)).rawPayload)).text;
    expect(minutesText).toMatch(/Justerat \d+ \p{L}+ \d{4} av Olle Ordförande/u);
    expect((await s.clients.viewer.get(url())).json<TMeeting>()).toMatchObject({ version: frozen.version, title: 'OLG <b>december</b>' });
  });

  it('shows the meeting in the årshjul and hides it from other organisations', async () => {
    const year = (await s.clients.viewer.get(`/api/v1/governance-year?year=${today.slice(0, 4)}`)).json<TGovernanceYear>();
    expect(year.entries.find((entry) => entry.kind === 'meeting')).toMatchObject({ title: 'OLG <b>december</b>', date: today, subject: { type: 'meeting', id: meeting.id } });

    for (const refused of [
      await s.clients.otherAdmin.get(`${url()}/agenda.docx`),
      await s.clients.otherAdmin.get(`${url()}/minutes.docx`),
      await s.clients.otherAdmin.post(`${url()}/send`, {}, { ifMatch: meeting.version }),
      await s.clients.otherAdmin.post(`${url()}/approve`, {}, { ifMatch: meeting.version }),
    ]) {
      expect(refused.statusCode).toBe(404);
    }
  });
});
