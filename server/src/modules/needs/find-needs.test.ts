import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganization, type TestOrganization } from '@test/factories';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { setNeedColumns, submitThroughApi } from '@server/modules/needs/needs.test-support';

type Item = { id: string; title: string; overall: number | null; submittedAt: string; priority: string | null };

describe('finding needs', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let staff: ApiClient;

  const titles = async (client: ApiClient, query: string) => {
    const response = await client.get(`/api/v1/needs?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Item[] }>().items.map((item) => item.title);
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const c = await buildMember(t.db, org.id, ['coordinator'], 'Ulla Utvecklingsledare');
    const s = await buildMember(t.db, org.id, ['staff'], 'Siv Medarbetare');
    coordinator = await logInAs(t.app, c.email, c.password);
    staff = await logInAs(t.app, s.email, s.password);
    const robots = await submitThroughApi(staff, {
      title: 'Läkemedelsrobotar för fler brukare',
      unitIds: [org.unitId],
      focusAreaIds: [org.focusAreaId],
    });
    const night = await submitThroughApi(staff, { title: 'Digital nattillsyn', problem: 'Tillsyn stör sömnen hos äldre.' });
    const locks = await submitThroughApi(coordinator, { title: 'Nyckelfria lås', unitIds: [org.unitId] });
    const alarms = await submitThroughApi(coordinator, { title: 'Digitala trygghetslarm', expectedBenefit: 'Snabbare larmhantering.' });
    const sensors = await submitThroughApi(coordinator, { title: 'Sensorer i särskilt boende' });
    // Stockholm is UTC+2 on 31 March 2025 (summer time began on the 30th) and UTC+1 at new year.
    await setNeedColumns(t.db, robots.id, { status: 'assessed', quadrant: 'doNow', overall: 1.25, submittedAt: new Date('2025-03-31T21:59:59Z') });
    await setNeedColumns(t.db, night.id, { quadrant: 'doLater', overall: 2.5, submittedAt: new Date('2025-03-31T22:00:00Z') });
    await setNeedColumns(t.db, locks.id, { status: 'parked', quadrant: 'doWhenOpportune', overall: 2.125, submittedAt: new Date('2024-12-31T23:30:00Z') });
    await setNeedColumns(t.db, alarms.id, { quadrant: 'doNot', overall: 3.5, submittedAt: new Date('2025-07-01T10:00:00Z') });
    await setNeedColumns(t.db, sensors.id, { submittedAt: new Date('2025-08-01T10:00:00Z') });
  });
  afterAll(async () => t.close());

  it('shows the utvecklingsledare all needs of her organisation, newest first', async () => {
    expect(await titles(coordinator, '')).toEqual([
      'Sensorer i särskilt boende',
      'Digitala trygghetslarm',
      'Digital nattillsyn',
      'Läkemedelsrobotar för fler brukare',
      'Nyckelfria lås',
    ]);
  });

  it('never shows needs of another organisation', async () => {
    const otherOrg = await buildOrganization(t.db);
    const outsider = await buildMember(t.db, otherOrg.id, ['coordinator']);
    const client = await logInAs(t.app, outsider.email, outsider.password);
    expect(await titles(client, '')).toEqual([]);
  });

  it('filters by status', async () => {
    expect(await titles(coordinator, 'status=assessed')).toEqual(['Läkemedelsrobotar för fler brukare']);
    expect(await titles(coordinator, 'status=parked')).toEqual(['Nyckelfria lås']);
  });

  it('filters by unit and by focus area', async () => {
    expect(await titles(coordinator, `unitId=${org.unitId}`)).toEqual(['Läkemedelsrobotar för fler brukare', 'Nyckelfria lås']);
    expect(await titles(coordinator, `focusAreaId=${org.focusAreaId}`)).toEqual(['Läkemedelsrobotar för fler brukare']);
  });

  it('filters by calendar quarter in Swedish time', async () => {
    expect(await titles(coordinator, 'quarter=2025-Q1')).toEqual(['Läkemedelsrobotar för fler brukare', 'Nyckelfria lås']);
    expect(await titles(coordinator, 'quarter=2025-Q2')).toEqual(['Digital nattillsyn']);
    expect(await titles(coordinator, 'quarter=2025-Q3')).toEqual(['Sensorer i särskilt boende', 'Digitala trygghetslarm']);
    expect(await titles(coordinator, 'quarter=2024-Q4')).toEqual([]);
  });

  it('filters by priority, 2–3 covering both middle quadrants', async () => {
    expect(await titles(coordinator, 'priority=1')).toEqual(['Läkemedelsrobotar för fler brukare']);
    expect(await titles(coordinator, 'priority=2-3')).toEqual(['Digital nattillsyn', 'Nyckelfria lås']);
    expect(await titles(coordinator, 'priority=4')).toEqual(['Digitala trygghetslarm']);
  });

  it('finds "läkemedelsrobotar" when searching for "läkemedelsrobot" (Swedish stemming)', async () => {
    expect(await titles(coordinator, `q=${encodeURIComponent('läkemedelsrobot')}`)).toEqual(['Läkemedelsrobotar för fler brukare']);
  });

  it('finds a need by its number, written as B-12, b12 or 12', async () => {
    const all = (await coordinator.get('/api/v1/needs')).json<{ items: (Item & { number: number })[] }>().items;
    const wanted = all.find((need) => need.title === 'Digital nattillsyn')!;
    for (const q of [`B-${wanted.number}`, `b${wanted.number}`, String(wanted.number)]) {
      expect(await titles(coordinator, `q=${encodeURIComponent(q)}`)).toEqual(['Digital nattillsyn']);
    }
  });

  it('searches the problem and benefit texts too, with web-style queries', async () => {
    expect(await titles(coordinator, `q=${encodeURIComponent('äldres')}`)).toEqual(['Digital nattillsyn']);
    expect(await titles(coordinator, `q=${encodeURIComponent('larmhanteringen')}`)).toEqual(['Digitala trygghetslarm']);
    expect(await titles(coordinator, `q=${encodeURIComponent('"digital nattillsyn" -robot')}`)).toEqual(['Digital nattillsyn']);
  });

  it('shows a medarbetare only her own needs with mine=true', async () => {
    expect(await titles(staff, 'mine=true')).toEqual(['Digital nattillsyn', 'Läkemedelsrobotar för fler brukare']);
    expect(await titles(staff, 'mine=false')).toHaveLength(5);
  });

  it('combines filters', async () => {
    expect(await titles(coordinator, `unitId=${org.unitId}&quarter=2025-Q1&priority=2-3`)).toEqual(['Nyckelfria lås']);
  });

  it('sorts by title, by submission time and by overall score with the unassessed last', async () => {
    expect(await titles(coordinator, 'sort=title_asc')).toEqual([
      'Digital nattillsyn',
      'Digitala trygghetslarm',
      'Läkemedelsrobotar för fler brukare',
      'Nyckelfria lås',
      'Sensorer i särskilt boende',
    ]);
    expect(await titles(coordinator, 'sort=submittedAt_asc')).toEqual([
      'Nyckelfria lås',
      'Läkemedelsrobotar för fler brukare',
      'Digital nattillsyn',
      'Digitala trygghetslarm',
      'Sensorer i särskilt boende',
    ]);
    expect(await titles(coordinator, 'sort=overall_asc')).toEqual([
      'Läkemedelsrobotar för fler brukare',
      'Nyckelfria lås',
      'Digital nattillsyn',
      'Digitala trygghetslarm',
      'Sensorer i särskilt boende',
    ]);
  });

  it('returns list items with names, counts and priority', async () => {
    const response = await coordinator.get('/api/v1/needs?priority=1');
    expect(response.json().items[0]).toMatchObject({
      units: [{ id: org.unitId, name: 'Hemtjänst' }],
      allUnits: false,
      focusAreas: [{ id: org.focusAreaId, name: 'Effektivitet' }],
      submittedBy: { id: staff.userId, name: 'Siv Medarbetare' },
      status: 'assessed',
      overall: 1.25,
      quadrant: 'doNow',
      priority: '1',
      supporterCount: 0,
      commentCount: 0,
    });
  });

  it.each([
    ['quarter=2025-Q5', 'querystring.quarter'],
    ['status=done', 'querystring.status'],
    ['priority=2', 'querystring.priority'],
    ['sort=random', 'querystring.sort'],
    ['limit=0', 'querystring.limit'],
    ['limit=101', 'querystring.limit'],
    ['mine=yes', 'querystring.mine'],
    [`q=${'a'.repeat(201)}`, 'querystring.q'],
    ['unitId=abc', 'querystring.unitId'],
  ])('answers 400 for the query %s', async (query, path) => {
    const response = await coordinator.get(`/api/v1/needs?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});

describe('paging through needs', () => {
  let t: TestApp;
  let client: ApiClient;
  let ids: string[];

  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrganization(t.db);
    const member = await buildMember(t.db, org.id, ['coordinator']);
    client = await logInAs(t.app, member.email, member.password);
    const titles = ['Alfa', 'Beta', 'Samma titel', 'Samma titel', 'Gamma', 'Delta', 'Epsilon'];
    ids = [];
    for (const title of titles) ids.push((await submitThroughApi(client, { title })).id);
    // Ties everywhere: three needs share a microsecond timestamp, two share an overall score.
    const shared = sql`'2025-05-05 10:00:00.123456+00'::timestamptz`;
    const near = sql`'2025-05-05 10:00:00.123789+00'::timestamptz`;
    const overalls = [2, null, 2, 1.5, null, 3.25, 2];
    for (const [i, id] of ids.entries()) {
      await setNeedColumns(t.db, id, { submittedAt: i < 3 ? shared : i < 5 ? near : new Date(`2025-0${i}-01T00:00:00Z`), overall: overalls[i] ?? null });
    }
  });
  afterAll(async () => t.close());

  const walk = async (sort: string) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await client.get(`/api/v1/needs?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<{ items: Item[]; nextCursor: string | null }>();
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    return { seen, pages };
  };

  it.each(['submittedAt_desc', 'submittedAt_asc', 'title_asc', 'overall_asc'])(
    'walks all pages sorted by %s without duplicates or gaps, in the same order as one page',
    async (sort) => {
      const whole = (await client.get(`/api/v1/needs?sort=${sort}&limit=100`)).json<{ items: Item[]; nextCursor: null }>();
      expect(whole.nextCursor).toBeNull();
      const { seen, pages } = await walk(sort);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(7);
      expect(seen).toEqual(whole.items.map((item) => item.id));
      expect([...seen].sort()).toEqual([...ids].sort());
    },
  );

  it('shows a submission time stored to the microsecond as UTC milliseconds, the same in the list and on the need page', async () => {
    // The database formats these (isoTimestamp); they must read like Date#toISOString, which cuts rather than rounds.
    const list = (await client.get('/api/v1/needs?limit=100')).json<{ items: Item[] }>();
    const first = list.items.find((item) => item.id === ids[0])!;
    const near = list.items.find((item) => item.id === ids[3])!;
    expect(first.submittedAt).toBe('2025-05-05T10:00:00.123Z');
    expect(near.submittedAt).toBe(new Date('2025-05-05T10:00:00.123789Z').toISOString());
    const page = (await client.get(`/api/v1/needs/${ids[0]}`)).json<Item>();
    expect(page.submittedAt).toBe('2025-05-05T10:00:00.123Z');
  });

  it('answers 400 for a cursor it never made, or one made for another sort order', async () => {
    const first = (await client.get('/api/v1/needs?limit=3')).json<{ nextCursor: string }>();
    const foreign = await client.get(`/api/v1/needs?limit=3&sort=title_asc&cursor=${first.nextCursor}`);
    expect(foreign.statusCode).toBe(400);
    const garbage = await client.get('/api/v1/needs?cursor=bm90LWEtY3Vyc29y');
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().errors).toEqual([{ path: 'querystring.cursor', code: 'invalid_cursor' }]);
  });
});

describe('sorting needs by title', () => {
  let t: TestApp;
  afterAll(async () => t.close());

  it('puts Å, Ä and Ö after Z as in a Swedish dictionary, also across pages', async () => {
    t = await createTestApp();
    const org = await buildOrganization(t.db);
    const c = await buildMember(t.db, org.id, ['coordinator']);
    const coordinator = await logInAs(t.app, c.email, c.password);
    for (const title of ['Ökad trygghet nattetid', 'Zonindelad larmmottagning', 'Årlig uppföljning', 'Ändrade rutiner', 'appar för anhöriga'])
      await submitThroughApi(coordinator, { title });
    const first = (await coordinator.get('/api/v1/needs?sort=title_asc&limit=3')).json<{ items: Item[]; nextCursor: string }>();
    const second = (await coordinator.get(`/api/v1/needs?sort=title_asc&limit=3&cursor=${first.nextCursor}`)).json<{ items: Item[] }>();
    expect([...first.items, ...second.items].map((item) => item.title)).toEqual([
      'appar för anhöriga',
      'Zonindelad larmmottagning',
      'Årlig uppföljning',
      'Ändrade rutiner',
      'Ökad trygghet nattetid',
    ]);
  });
});
