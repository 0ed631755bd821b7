import ExcelJS from 'exceljs';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInSweden, type TDecisionSnapshot } from '@domain/decisions.contracts';
import { auditEventsIn } from '@test/audit';
import { buildMember, buildNeed, buildOrganization, type TestOrganization } from '@test/factories';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { readExport } from '@test/xlsx';
import { inTenant } from '@server/platform/tenancy/context';
import { insertDecision, type NewDecision } from '@server/modules/decisions/decisions.repository';

const HEADERS = ['Beslutsdatum', 'Behov', 'Utfall', 'Form', 'Ägare', 'Planerat startår', 'Parkerad till', 'Forum', 'Prioritet', 'Kvadrant', 'Motivering/Skäl'];

function snapshot(number: number, title: string, assessed: boolean): TDecisionSnapshot {
  return {
    needTitle: title,
    needNumber: number,
    needStatusBefore: assessed ? 'assessed' : 'submitted',
    assessmentId: null,
    scores: null,
    feasibility: assessed ? 1 : null,
    potential: assessed ? 1.5 : null,
    overall: assessed ? 1.25 : null,
    quadrant: assessed ? 'doNow' : null,
    priority: assessed ? '1' : null,
    form: null,
  };
}

describe('exporting the decision log to Excel', () => {
  let t: TestApp;
  let org: TestOrganization;
  let steering: ApiClient;
  let outsider: ApiClient;
  let robotsNumber: number;

  const exportOf = (client: ApiClient, query = '') => client.get(`/api/v1/decisions/export${query ? `?${query}` : ''}`);
  const needsIn = async (client: ApiClient, query = '') => (await readExport(await exportOf(client, query), 'Beslutslogg')).rows.slice(1).map((row) => row[1]);

  /** Records a decision directly (deciding through the API is covered by the decisions tests). */
  const decision = async (orgId: string, decidedBy: string, needId: string, values: Partial<NewDecision> & Pick<NewDecision, 'outcome' | 'decisionDate' | 'snapshot'>) =>
    inTenant({ db: t.db, organizationId: orgId }, (tx) =>
      insertDecision(tx, { organizationId: orgId }, {
        id: uuidv7(),
        needId,
        form: null,
        ownerName: null,
        plannedStartYear: null,
        parkedUntil: null,
        forum: 'OLG',
        rationale: 'Enligt underlaget.',
        decidedBy,
        ...values,
      }),
    );

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    const s = await buildMember(t.db, org.id, ['steering_member'], 'Olle OLG');
    const o = await buildMember(t.db, other.id, ['steering_member']);
    steering = await logInAs(t.app, s.email, s.password);
    outsider = await logInAs(t.app, o.email, o.password);
    const robots = await buildNeed(t.db, org, s.id, { title: 'Läkemedelsrobotar' });
    const locks = await buildNeed(t.db, org, s.id, { title: 'Nyckelfria lås' });
    const foreign = await buildNeed(t.db, other, o.id, { title: 'Annan kommuns behov' });
    robotsNumber = robots.number;
    await decision(org.id, s.id, robots.id, {
      outcome: 'proceed',
      form: 'improvement',
      ownerName: 'Anna Avdelningschef',
      plannedStartYear: 2026,
      decisionDate: '2025-05-20',
      rationale: '=1+1 stor nytta',
      snapshot: snapshot(robots.number, robots.title, true),
    });
    await decision(org.id, s.id, locks.id, {
      outcome: 'park',
      parkedUntil: '2026-01-15',
      decisionDate: '2024-11-05',
      snapshot: snapshot(locks.number, locks.title, false),
    });
    await decision(other.id, o.id, foreign.id, { outcome: 'reject', decisionDate: '2025-01-10', snapshot: snapshot(foreign.number, foreign.title, false) });
  });
  afterAll(async () => t.close());

  it('gives an OLG member a workbook named by today with a bold, frozen, filterable Swedish header', async () => {
    const response = await exportOf(steering);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="beslutslogg-${todayInSweden()}.xlsx"`);
    const { sheet, rows } = await readExport(response, 'Beslutslogg');
    expect(rows[0]).toEqual(HEADERS);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('writes each decision as a row, newest first, with dates, Swedish labels and the snapshot', async () => {
    const { sheet, rows } = await readExport(await exportOf(steering), 'Beslutslogg');
    expect(rows.slice(1)).toEqual([
      [
        new Date('2025-05-20T00:00:00Z'),
        `B-${robotsNumber} Läkemedelsrobotar`,
        'Genomförs',
        'Verksamhetsförbättring',
        'Anna Avdelningschef',
        2026,
        null,
        'OLG',
        'Prioritet 1',
        'Digitalisera nu!',
        '=1+1 stor nytta',
      ],
      [new Date('2024-11-05T00:00:00Z'), expect.stringContaining('Nyckelfria lås'), 'Parkeras', null, null, null, new Date('2026-01-15T00:00:00Z'), 'OLG', null, null, 'Enligt underlaget.'],
    ]);
    expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('K2').type).toBe(ExcelJS.ValueType.String);
  });

  it('applies the outcome and year filters', async () => {
    expect(await needsIn(steering, 'outcome=park')).toEqual([expect.stringContaining('Nyckelfria lås')]);
    expect(await needsIn(steering, 'year=2025')).toEqual([expect.stringContaining('Läkemedelsrobotar')]);
    expect(await needsIn(steering, 'year=2023')).toEqual([]);
  });

  it('never puts decisions of another organisation in the export', async () => {
    expect(await needsIn(steering)).not.toContainEqual(expect.stringContaining('Annan kommuns behov'));
    expect(await needsIn(outsider)).toEqual([expect.stringContaining('Annan kommuns behov')]);
  });

  it('records who exported which filters and how many rows in the audit log', async () => {
    await exportOf(steering, 'outcome=proceed');
    const [event] = (await auditEventsIn(t.db, org.id)).filter((e) => e.action === 'decision.exported');
    expect(event).toMatchObject({ actorName: 'Olle OLG', after: { filters: { outcome: 'proceed' }, rowCount: 1, truncated: false } });
  });

  it('answers 400 for an outcome that does not exist', async () => {
    expect((await exportOf(steering, 'outcome=kanske')).statusCode).toBe(400);
  });

  it('answers 403 to a member without any role', async () => {
    const m = await buildMember(t.db, org.id, []);
    const client = await logInAs(t.app, m.email, m.password);
    expect((await exportOf(client)).statusCode).toBe(403);
  });

  it('answers 401 to a visitor who is not logged in', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/decisions/export' })).statusCode).toBe(401);
  });
});
