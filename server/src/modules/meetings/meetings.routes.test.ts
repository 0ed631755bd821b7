import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAssessment, TScores } from '@domain/assessment.contracts';
import { todayInSweden } from '@domain/decisions.contracts';
import { nextDate } from '@domain/meeting-compilation';
import type { TForum, TMeeting } from '@domain/meetings.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, FAKE_PERSONNUMMER } from '@test/factories';
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

describe('a meeting of a decision forum and its agenda', () => {
  let t: TestApp;
  let s: AdminScene;
  let rater: ApiClient;
  let forum: TForum;
  const inAWeek = nextDate(nextDate(nextDate(nextDate(nextDate(nextDate(nextDate(todayInSweden())))))));

  /** Two raters score the need, the coordinator fixes the agreed scores: the need is assessed. */
  const assess = async (needId: string, mine: TScores, theirs: TScores) => {
    const round = (await s.clients.coordinator.post(`/api/v1/needs/${needId}/assessments`, {})).json<TAssessment>();
    expect((await s.clients.coordinator.put(`/api/v1/needs/${needId}/assessment/my-scores`, { scores: mine })).statusCode).toBe(200);
    expect((await rater.put(`/api/v1/needs/${needId}/assessment/my-scores`, { scores: theirs })).statusCode).toBe(200);
    const current = (await s.clients.coordinator.get(`/api/v1/needs/${needId}/assessment`)).json<TAssessment>();
    const fixed = await s.clients.coordinator.post(`/api/v1/needs/${needId}/assessment/fix`, { scores: mine }, { ifMatch: current.version ?? round.version });
    expect(fixed.statusCode).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    const member = await buildMember(t.db, s.org.id, ['steering_member'], 'Olle Ledningsgrupp');
    rater = await logInAs(t.app, member.email, member.password);
    forum = (await s.clients.admin.post('/api/v1/forums', { name: 'OLG', memberIds: [s.members.coordinator.id, member.id], chairId: s.members.admin.id })).json<TForum>();
  });
  afterAll(async () => t.close());

  it('proposes the needs assessed and undecided since the last meeting, with assessment, agreement and similar needs, and lets the coordinator shape the agenda', async () => {
    const robot = await buildNeed(t.db, s.org, s.members.staff.id, { title: 'Läkemedelsrobot i hemtjänsten', problem: 'Läkemedel delas ut för hand och ibland för sent.' });
    const disagreed = await buildNeed(t.db, s.org, s.members.staff.id, { title: 'Digital nattillsyn med kamera' });
    await buildNeed(t.db, s.org, s.members.staff.id, { title: 'Läkemedelsrobotar på boendet' }); // only submitted: not proposed
    await assess(robot.id, all(1), all(2));
    await assess(disagreed.id, all(2), all(4));

    const created = await s.clients.coordinator.post('/api/v1/meetings', { forumId: forum.id, meetingDate: inAWeek });
    expect(created.statusCode).toBe(201);
    const meeting = created.json<TMeeting>();
    expect(meeting).toMatchObject({ title: `OLG ${inAWeek}`, forum: { name: 'OLG', chairId: s.members.admin.id }, agendaSentAt: null, minutesApprovedAt: null, version: 1 });
    expect(meeting.items.map((item) => item.title)).toEqual(['Läkemedelsrobot i hemtjänsten', 'Digital nattillsyn med kamera']);
    const [first, second] = meeting.items;
    expect(first).toMatchObject({
      position: 1,
      kind: 'need',
      need: { id: robot.id, summary: 'Läkemedel delas ut för hand och ibland för sent.', status: 'assessed' },
      assessment: { feasibility: 1, potential: 1, overall: 1, quadrant: 'doNow', priority: '1' },
      agreement: { raterCount: 2, agreement: 'high' },
      decision: null,
    });
    expect(first!.similar.map((need) => need.title)).toContain('Läkemedelsrobotar på boendet');
    expect(second).toMatchObject({ agreement: { raterCount: 2, agreement: 'low' } });
    expect((await auditEventsOf(t.db, meeting.id))[0]).toMatchObject({ action: 'meeting.created', after: { items: [{ title: 'Läkemedelsrobot i hemtjänsten' }, { title: 'Digital nattillsyn med kamera' }] } });

    const url = `/api/v1/meetings/${meeting.id}`;
    const agenda = {
      title: 'OLG december',
      place: 'Kommunhuset, sal 3',
      meetingDate: inAWeek,
      items: [
        { id: second!.id, kind: 'need', needId: disagreed.id, analysis: 'Kräver nytt wifi på boendet.', proposal: 'Parkera till hösten.' },
        { kind: 'plan', title: 'Fastställa digitaliseringsplanen 2027' },
        { id: first!.id, kind: 'need', needId: robot.id, proposal: 'Genomför som projekt.' },
      ],
    };
    expect((await s.clients.coordinator.put(`${url}/agenda`, agenda)).statusCode).toBe(428);
    const saved = await s.clients.coordinator.put(`${url}/agenda`, agenda, { ifMatch: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    const after = saved.json<TMeeting>();
    expect(after.items.map((item) => [item.position, item.kind, item.title, item.proposal])).toEqual([
      [1, 'need', 'Digital nattillsyn med kamera', 'Parkera till hösten.'],
      [2, 'plan', 'Fastställa digitaliseringsplanen 2027', ''],
      [3, 'need', 'Läkemedelsrobot i hemtjänsten', 'Genomför som projekt.'],
    ]);
    expect(after).toMatchObject({ title: 'OLG december', place: 'Kommunhuset, sal 3', version: 2 });
    expect((await s.clients.coordinator.put(`${url}/agenda`, agenda, { ifMatch: 1 })).statusCode).toBe(412);
    expect((await auditEventsOf(t.db, meeting.id)).at(-1)).toMatchObject({ action: 'meeting.agenda_changed', before: { title: `OLG ${inAWeek}` }, after: { title: 'OLG december' } });

    // Every member reads the agenda; the list shows the meeting; candidates are what is left to add.
    const read = await s.clients.viewer.get(url);
    expect(read.statusCode).toBe(200);
    expect(read.json<TMeeting>().items).toHaveLength(3);
    expect((await s.clients.viewer.get('/api/v1/meetings')).json()).toMatchObject({ items: [{ id: meeting.id, itemCount: 3, forum: { name: 'OLG' } }] });
    expect((await s.clients.coordinator.get(`${url}/candidates`)).json()).toEqual({ items: [] });

    // A second meeting of the forum proposes nothing old: both needs were compiled before.
    const next = (await s.clients.admin.post('/api/v1/meetings', { forumId: forum.id, meetingDate: nextDate(inAWeek), title: 'Extra' })).json<TMeeting>();
    expect(next.items).toEqual([]);
    expect((await s.clients.admin.get(`/api/v1/meetings/${next.id}/candidates`)).json<{ items: { title: string }[] }>().items.map((need) => need.title)).toEqual([
      'Läkemedelsrobot i hemtjänsten',
      'Digital nattillsyn med kamera',
    ]);
  });

  it('refuses staff, other organisations and bad agendas, saving nothing', async () => {
    const meeting = (await s.clients.coordinator.post('/api/v1/meetings', { forumId: forum.id, meetingDate: '2031-03-31' })).json<TMeeting>();
    const url = `/api/v1/meetings/${meeting.id}`;
    const base = { title: 'OLG', meetingDate: '2031-03-31' };
    expect((await s.clients.staff.post('/api/v1/meetings', { forumId: forum.id, meetingDate: '2031-03-31' })).statusCode).toBe(403);
    expect((await s.clients.staff.put(`${url}/agenda`, { ...base, items: [] }, { ifMatch: 1 })).statusCode).toBe(403);
    expect((await s.clients.staff.get(`${url}/candidates`)).statusCode).toBe(403);
    expect((await s.clients.otherAdmin.get(url)).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.put(`${url}/agenda`, { ...base, items: [] }, { ifMatch: 1 })).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.post('/api/v1/meetings', { forumId: forum.id, meetingDate: '2031-03-31' })).json()).toMatchObject({ errors: [{ path: 'body.forumId', code: 'not_found' }] });
    expect((await s.clients.coordinator.post('/api/v1/meetings', { forumId: forum.id, meetingDate: '2031-02-30' })).statusCode).toBe(400);

    const foreignNeed = await buildNeed(t.db, s.other, s.clients.otherAdmin.userId);
    const own = await buildNeed(t.db, s.org, s.members.staff.id);
    const bad = async (items: unknown[], extra: Record<string, unknown> = {}) => (await s.clients.coordinator.put(`${url}/agenda`, { ...base, ...extra, items }, { ifMatch: 1 })).json();
    expect(await bad([{ kind: 'need', needId: foreignNeed.id }])).toMatchObject({ status: 400, errors: [{ path: 'body.items.0.needId', code: 'not_found' }] });
    expect(await bad([{ kind: 'need' }])).toMatchObject({ errors: [{ path: 'body.items.0.needId', code: 'required' }] });
    expect(await bad([{ kind: 'need', needId: own.id }, { kind: 'need', needId: own.id }])).toMatchObject({ errors: [{ path: 'body.items.1.needId', code: 'duplicate' }] });
    expect(await bad([{ kind: 'other', title: '' }])).toMatchObject({ errors: [{ path: 'body.items.0.title', code: 'required' }] });
    expect(await bad([{ kind: 'other', title: 'Övrigt', id: '00000000-0000-7000-8000-000000000000' }])).toMatchObject({ errors: [{ path: 'body.items.0.id', code: 'not_found' }] });
    expect(await bad([{ kind: 'gate', title: 'Grind 2', analysis: `Gäller brukare ${FAKE_PERSONNUMMER}` }])).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.items.0.analysis' }] });
    expect(await bad([{ kind: 'bogus', title: 'x' }])).toMatchObject({ status: 400 });
    const unchanged = (await s.clients.coordinator.get(url)).json<TMeeting>();
    expect(unchanged).toMatchObject({ version: 1, items: [] });
  });
});
