import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInSweden } from '@domain/decisions.contracts';
import { auditEventsIn } from '@test/audit';
import { buildMember, buildOrganization, type TestOrganization } from '@test/factories';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { readExport } from '@test/xlsx';
import { setNeedColumns, submitThroughApi } from '@server/modules/needs/needs.test-support';

const HEADERS = [
  'Nr',
  'Rubrik',
  'Status',
  'Avdelningar/enheter',
  'Fokusområden',
  'Berörda grupper',
  'Genomförbarhet',
  'Potential/nytta',
  'Totalt',
  'Kvadrant',
  'Prioritet',
  'Inkom',
  'Inlämnat av',
  'Problem',
  'Förväntad nytta',
  'Uppskattad kostnad',
];
const INJECTION = '=HYPERLINK("https://example.invalid","Klicka")';

describe('exporting the needs list to Excel', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let staff: ApiClient;
  let outsider: ApiClient;
  let robotsNumber: number;

  const exportOf = (client: ApiClient, query = '') => client.get(`/api/v1/needs/export${query ? `?${query}` : ''}`);
  const titlesIn = async (client: ApiClient, query = '') => (await readExport(await exportOf(client, query), 'Behov')).rows.slice(1).map((row) => row[1]);

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    const c = await buildMember(t.db, org.id, ['coordinator'], 'Ulla Utvecklingsledare');
    const s = await buildMember(t.db, org.id, ['staff'], 'Siv Medarbetare');
    const o = await buildMember(t.db, other.id, ['coordinator']);
    coordinator = await logInAs(t.app, c.email, c.password);
    staff = await logInAs(t.app, s.email, s.password);
    outsider = await logInAs(t.app, o.email, o.password);
    const robots = await submitThroughApi(staff, {
      title: 'Läkemedelsrobotar',
      problem: 'Många missade doser.',
      expectedBenefit: 'Rätt läkemedel i rätt tid.',
      affectedGroups: ['staff', 'care_recipients'],
      unitIds: [org.unitId],
      focusAreaIds: [org.focusAreaId],
      costEstimate: { low: '4000000', high: '6000000', recurrence: 'per_year', note: 'beroende på lösning' },
    });
    robotsNumber = robots.number;
    const locks = await submitThroughApi(coordinator, { title: 'Nyckelfria lås' });
    await submitThroughApi(staff, { title: INJECTION });
    await submitThroughApi(outsider, { title: 'Annan kommuns behov' });
    // 22:30 UTC on 31 March 2025 is 1 April in Stockholm (summer time).
    await setNeedColumns(t.db, robots.id, {
      status: 'assessed',
      feasibility: 1.5,
      potential: 1,
      overall: 1.25,
      quadrant: 'doNow',
      submittedAt: new Date('2025-03-31T22:30:00Z'),
    });
    await setNeedColumns(t.db, locks.id, { status: 'parked', submittedAt: new Date('2024-12-01T10:00:00Z') });
  });
  afterAll(async () => t.close());

  it('gives the utvecklingsledare a workbook named by today with a bold, frozen, filterable Swedish header', async () => {
    const response = await exportOf(coordinator);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="behov-${todayInSweden()}.xlsx"`);
    const { sheet, rows } = await readExport(response, 'Behov');
    expect(rows[0]).toEqual(HEADERS);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
  });

  it('writes a need as one row with Swedish labels, real numbers and a real date', async () => {
    const { sheet, rows } = await readExport(await exportOf(coordinator, 'q=Läkemedelsrobotar'), 'Behov');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual([
      `B-${robotsNumber}`,
      'Läkemedelsrobotar',
      'Bedömd',
      'Hemtjänst',
      'Effektivitet',
      'Brukare, Medarbetare',
      1.5,
      1,
      1.25,
      'Digitalisera nu!',
      'Prioritet 1',
      new Date('2025-04-01T00:00:00Z'),
      'Siv Medarbetare',
      'Många missade doser.',
      'Rätt läkemedel i rätt tid.',
      '40\u00a0000–60\u00a0000\u00a0kr/år, beroende på lösning',
    ]);
    expect(sheet.getCell('I2').numFmt).toBe('0.00');
    expect(sheet.getCell('L2').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('L2').numFmt).toBe('yyyy-mm-dd');
  });

  it('writes a title that looks like a formula as plain text, never as a formula', async () => {
    const { sheet, rows } = await readExport(await exportOf(coordinator), 'Behov');
    const index = rows.findIndex((row) => row[1] === INJECTION);
    expect(index).toBeGreaterThan(0);
    expect(sheet.getRow(index + 1).getCell(2).type).toBe(ExcelJS.ValueType.String);
  });

  it('applies the list filters and order to the export', async () => {
    expect(await titlesIn(coordinator, 'status=parked')).toEqual(['Nyckelfria lås']);
    expect(await titlesIn(coordinator, 'priority=1')).toEqual(['Läkemedelsrobotar']);
    expect(await titlesIn(staff, 'mine=true&sort=title_asc')).toEqual(['Läkemedelsrobotar', INJECTION].sort((a, b) => a.localeCompare(b, 'sv')));
  });

  it('never puts needs of another organisation in the export', async () => {
    expect(await titlesIn(coordinator)).not.toContain('Annan kommuns behov');
    expect(await titlesIn(outsider)).toEqual(['Annan kommuns behov']);
  });

  it('records who exported which filters and how many rows in the audit log', async () => {
    await exportOf(coordinator, 'status=parked');
    const [event] = (await auditEventsIn(t.db, org.id)).filter((e) => e.action === 'need.exported');
    expect(event).toMatchObject({ actorName: 'Ulla Utvecklingsledare', after: { filters: { status: 'parked' }, rowCount: 1, truncated: false } });
  });

  it('answers 400 for a filter that is not valid', async () => {
    const response = await exportOf(coordinator, 'status=okand');
    expect(response.statusCode).toBe(400);
  });

  it('answers 403 to a member without any role', async () => {
    const m = await buildMember(t.db, org.id, []);
    const client = await logInAs(t.app, m.email, m.password);
    expect((await exportOf(client)).statusCode).toBe(403);
  });

  it('answers 401 to a visitor who is not logged in', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/needs/export' })).statusCode).toBe(401);
  });
});
