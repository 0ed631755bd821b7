import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { TGovernanceEntry, TGovernanceYear, TRecurringEvent } from '@domain/governance-year.contracts';
import type { TPlan } from '@domain/plans.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, FAKE_PERSONNUMMER } from '@test/factories';
import { initiativeThroughDecision } from '@test/initiatives';
import { auditEventsOf, buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';
import { fewerVisits } from '@server/modules/benefits/benefits.test-support';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '@server/platform/audit/audit.tables';
import { inPlatform } from '@server/platform/tenancy/context';
import { systemBody } from '@server/modules/systems/registers.test-support';

describe('the årshjul (governance year)', () => {
  let t: TestApp;
  let s: AdminScene;
  let director: ApiClient;
  const lika = (overrides: Record<string, unknown> = {}) => ({ name: 'LIKA-mätning', kind: 'maturity_assessment', months: [3], dayOfMonth: 31, responsibleRole: 'coordinator', description: '', ...overrides });
  const year = async (client: ApiClient, y: number) => {
    const response = await client.get(`/api/v1/governance-year?year=${y}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<TGovernanceYear>().entries;
  };
  const brief = (entries: TGovernanceEntry[]) => entries.map((e) => [e.kind, e.title, e.month, e.date]);

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    const boss = await buildMember(t.db, s.org.id, ['director'], 'Frida Förvaltningschef');
    director = await logInAs(t.app, boss.email, boss.password);
  });
  afterAll(async () => t.close());

  it('lets the administrator add a quarterly and a yearly event, which every member sees in the year with month ends kept', async () => {
    const quarterly = await s.clients.admin.post('/api/v1/governance-events', lika({ name: 'Kvartalssammanställning till OLG', kind: 'quarterly_compilation', months: [12, 3, 9, 6], dayOfMonth: null }));
    expect(quarterly.statusCode, quarterly.body).toBe(201);
    expect(quarterly.json<TRecurringEvent>()).toMatchObject({ months: [3, 6, 9, 12], version: 1 });
    const yearly = await s.clients.admin.post('/api/v1/governance-events', lika({ months: [2], dayOfMonth: 31 }));
    expect((await auditEventsOf(t.db, yearly.json<TRecurringEvent>().id))[0]).toMatchObject({ action: 'governance_event.created', after: { name: 'LIKA-mätning' } });

    const entries = await year(s.clients.viewer, 2028);
    expect(brief(entries)).toEqual([
      ['maturity_assessment', 'LIKA-mätning', 2, '2028-02-29'],
      ['quarterly_compilation', 'Kvartalssammanställning till OLG', 3, null],
      ['quarterly_compilation', 'Kvartalssammanställning till OLG', 6, null],
      ['quarterly_compilation', 'Kvartalssammanställning till OLG', 9, null],
      ['quarterly_compilation', 'Kvartalssammanställning till OLG', 12, null],
    ]);
    expect(entries[0]).toMatchObject({ source: 'recurring', responsibleRole: 'coordinator', subject: null });
    expect((await year(s.clients.viewer, 2027))[0]!.date).toBe('2027-02-28');
  });

  it('adds benefit measurements due, contracts ending and their notice days, classification reviews and plans fixed from the data', async () => {
    const coordinator = s.clients.coordinator;
    const initiativeId = await initiativeThroughDecision(t.db, s.org, coordinator, { title: 'Digital nattillsyn' });
    const benefit = await coordinator.post(`/api/v1/initiatives/${initiativeId}/benefits`, { ...fewerVisits(coordinator.userId), baselineDate: '2026-01-01', targetDate: '2027-09-30' });
    expect(benefit.statusCode, benefit.body).toBe(201);
    const classified = await coordinator.post(`/api/v1/initiatives/${initiativeId}/classification`, {
      confidentiality: { level: 3, justification: 'Bilder från hemmet.' },
      integrity: { level: 2, justification: 'Fel tider.' },
      availability: { level: 3, justification: 'Varje natt.' },
      traceability: { level: 2, justification: 'Vem tittade.' },
      classifiedOn: '2026-03-10',
    }, { ifMatch: 0 });
    expect(classified.statusCode, classified.body).toBe(201);
    const system = await s.clients.admin.post('/api/v1/systems', systemBody({ name: 'Lifecare', supplier: 'Tieto', contractEnd: '2027-06-30', noticeMonths: 3 }));
    expect(system.statusCode, system.body).toBe(201);
    const plan = (await coordinator.post('/api/v1/plans', { title: 'Digitaliseringsplan 2027', startYear: 2027, endYear: 2027, sections: {} })).json<TPlan>();
    const etag = (await coordinator.get(`/api/v1/plans/${plan.id}`)).headers.etag as string;
    expect((await director.post(`/api/v1/plans/${plan.id}/fix`, { fixedOn: '2026-11-20', decisionReference: 'SN 2026/3 § 4' }, { ifMatch: etag })).statusCode).toBe(200);

    const fromData = (await year(s.clients.viewer, 2027)).filter((e) => e.source === 'data');
    expect(brief(fromData)).toEqual([
      ['benefit_measurement', 'Färre fysiska nattbesök (Digital nattillsyn)', 1, '2027-01-01'],
      ['classification_review', 'Digital nattillsyn', 3, '2027-03-10'],
      ['contract_notice', 'Lifecare (Tieto)', 3, '2027-03-30'],
      ['benefit_measurement', 'Färre fysiska nattbesök (Digital nattillsyn)', 4, '2027-04-01'],
      ['contract_end', 'Lifecare (Tieto)', 6, '2027-06-30'],
      ['benefit_measurement', 'Färre fysiska nattbesök (Digital nattillsyn)', 7, '2027-07-01'],
    ]);
    expect(fromData[0]).toMatchObject({ responsibleName: expect.any(String), subject: { type: 'initiative_benefits', id: initiativeId } });
    expect(fromData[2]).toMatchObject({ subject: { type: 'system', id: system.json().id }, responsibleName: 'Verksamhetschef äldreomsorg' });
    expect(brief((await year(s.clients.viewer, 2026)).filter((e) => e.kind === 'plan_fixed'))).toEqual([['plan_fixed', 'Digitaliseringsplan 2027 (version 1)', 11, '2026-11-20']]);
  });

  it('never shows another organisation’s events: absent from its year, 404 on read, change and removal', async () => {
    const event = (await s.clients.admin.post('/api/v1/governance-events', lika({ name: 'Rapport till socialnämnden', kind: 'board_report', months: [5] }))).json<TRecurringEvent>();
    const url = `/api/v1/governance-events/${event.id}`;
    expect((await year(s.clients.otherAdmin, 2027)).map((e) => e.title)).not.toContain('Rapport till socialnämnden');
    expect((await s.clients.otherAdmin.get('/api/v1/governance-events')).json().items).toEqual([]);
    expect((await s.clients.otherAdmin.get(url)).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.put(url, lika(), { ifMatch: 1 })).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.delete(url, { ifMatch: 1 })).statusCode).toBe(404);
    expect((await s.clients.viewer.get(url)).statusCode).toBe(200);
  });

  it('lets only the administrator change events, with If-Match, and keeps what a removed event was in the audit log', async () => {
    const event = (await s.clients.admin.post('/api/v1/governance-events', lika({ name: 'Fastställa planen', kind: 'plan_fix', months: [11], responsibleRole: 'director' }))).json<TRecurringEvent>();
    const url = `/api/v1/governance-events/${event.id}`;
    expect((await s.clients.coordinator.post('/api/v1/governance-events', lika())).statusCode).toBe(403);
    expect((await s.clients.coordinator.put(url, lika(), { ifMatch: 1 })).statusCode).toBe(403);
    expect((await s.clients.admin.put(url, lika({ months: [10] }))).statusCode).toBe(428);
    const saved = await s.clients.admin.put(url, lika({ name: 'Fastställa planen', kind: 'plan_fix', months: [10] }), { ifMatch: 1 });
    expect(saved.json<TRecurringEvent>()).toMatchObject({ months: [10], version: 2 });
    expect(saved.headers.etag).toBe('"2"');
    expect((await s.clients.admin.put(url, lika(), { ifMatch: 1 })).statusCode).toBe(412);
    expect((await s.clients.admin.delete(url, { ifMatch: 1 })).statusCode).toBe(412);
    expect((await s.clients.admin.delete(url, { ifMatch: 2 })).statusCode).toBe(204);
    expect((await s.clients.admin.get(url)).statusCode).toBe(404);
    expect((await auditEventsOf(t.db, event.id)).map((e) => e.action)).toEqual(['governance_event.created', 'governance_event.updated', 'governance_event.deleted']);
    expect((await auditEventsOf(t.db, event.id)).at(-1)).toMatchObject({ before: { name: 'Fastställa planen', months: [10] } });
  });

  it('refuses bad input with problem+json and saves nothing', async () => {
    const before = (await s.clients.admin.get('/api/v1/governance-events')).json().items.length;
    for (const bad of [lika({ months: [] }), lika({ months: [13] }), lika({ months: [3, 3] }), lika({ dayOfMonth: 32 }), lika({ kind: 'fest' }), lika({ name: ' ' }), lika({ responsibleRole: 'kung' })]) {
      const response = await s.clients.admin.post('/api/v1/governance-events', bad);
      expect([response.statusCode, response.headers['content-type']]).toEqual([400, expect.stringContaining('application/problem+json')]);
    }
    const personal = await s.clients.admin.post('/api/v1/governance-events', lika({ description: `Gäller ${FAKE_PERSONNUMMER}` }));
    expect([personal.statusCode, personal.json().code]).toEqual([400, 'personal_data_suspected']);
    expect((await s.clients.viewer.get('/api/v1/governance-year?year=abc')).statusCode).toBe(400);
    expect((await s.clients.viewer.get('/api/v1/governance-year?year=99999')).statusCode).toBe(400);
    expect((await s.clients.admin.get('/api/v1/governance-events')).json().items).toHaveLength(before);
  });

  it('exports the year to Excel with Swedish months and kinds, and audits the export', async () => {
    const response = await s.clients.viewer.get('/api/v1/governance-year/export?year=2028&format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('arshjul-2028');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Månad', 'Datum', 'Slag', 'Vad', 'Ansvarig', 'Källa']);
    const lika2028 = sheet.getRow(2).values as unknown[];
    expect([lika2028[1], (lika2028[2] as Date).toISOString().slice(0, 10), lika2028[3], lika2028[4], lika2028[5], lika2028[6]]).toEqual([
      'februari', '2028-02-29', 'Mognadsmätning (LIKA)', 'LIKA-mätning', 'Utvecklingsledare', 'Återkommande händelse',
    ]);
    const csv = await s.clients.viewer.get('/api/v1/governance-year/export?year=2028&format=csv');
    expect(csv.rawPayload.toString('utf8')).toContain('Kvartalssammanställning till OLG');
    const exports = await inPlatform(t.db, (tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.organizationId, s.org.id), eq(auditEvents.action, 'governance_year.exported'))));
    expect(exports.map((e) => e.after)).toEqual([expect.objectContaining({ year: 2028, format: 'xlsx' }), expect.objectContaining({ year: 2028, format: 'csv' })]);
  });
});
