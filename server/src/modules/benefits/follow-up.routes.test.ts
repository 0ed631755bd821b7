import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TLesson, TPortfolio } from '@domain/benefit-follow-up.contracts';
import type { TCalculationInput } from '@domain/cost-benefit.contracts';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, type TestOrganization, FAKE_PERSONNUMMER } from '@test/factories';
import { auditEventsIn } from '@test/audit';
import { fewerVisits } from '@server/modules/benefits/benefits.test-support';
import { initiativeThroughDecision } from '@test/initiatives';

const calc: TCalculationInput = {
  startYear: 2025,
  years: 2,
  discountRate: '3',
  costs: [{ kind: 'per_unit', label: 'Robotar', fromYear: 2025, toYear: 2025, quantity: '10', unitAmount: '40 000' }],
  benefits: [{ kind: 'hours_saved', label: 'Tid för läkemedel', fromYear: 2025, toYear: 2026, lowQuantity: '500', highQuantity: '900', lowUnitAmount: '450', highUnitAmount: '450' }],
  outcome: [{ year: 2025, cost: '420 000', benefit: '150 000' }],
};

describe('following up benefits and learning from them', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let viewer: ApiClient;
  let outsider: ApiClient;
  let initiativeId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const other = await buildOrganization(t.db);
    const c = await buildMember(t.db, org.id, ['coordinator']);
    const v = await buildMember(t.db, org.id, ['viewer']);
    const o = await buildMember(t.db, other.id, ['coordinator']);
    coordinator = await logInAs(t.app, c.email, c.password);
    viewer = await logInAs(t.app, v.email, v.password);
    outsider = await logInAs(t.app, o.email, o.password);
    initiativeId = await initiativeThroughDecision(t.db, org, coordinator, { title: 'Läkemedelsrobotar', plannedStartYear: 2025 });
    await coordinator.put(`/api/v1/initiatives/${initiativeId}/calculation`, calc, { ifMatch: 0 });
    await coordinator.post(`/api/v1/initiatives/${initiativeId}/benefits`, fewerVisits(coordinator.userId));
  });
  afterAll(async () => t.close());

  it('records lessons learned that colleagues find with a Swedish search for another word form', async () => {
    const url = `/api/v1/initiatives/${initiativeId}/lessons`;
    const lesson = { worked: 'Utbildningen av nattpersonalen före start.', didNotWork: 'Wifi saknades på två boenden.', advice: 'Börja med en pilot på ett boende.' };
    expect((await viewer.post(url, lesson)).statusCode).toBe(403);
    expect((await coordinator.post(url, { worked: '', didNotWork: '', advice: '' })).statusCode).toBe(400);
    expect((await coordinator.post(url, { ...lesson, advice: `Ring ${FAKE_PERSONNUMMER} först` })).statusCode).toBe(400);
    expect((await outsider.post(url, lesson)).statusCode).toBe(404);
    const response = await coordinator.post(url, lesson);
    expect(response.statusCode).toBe(201);
    const created = response.json<TLesson>();
    expect(created.initiativeTitle).toBe('Läkemedelsrobotar');
    expect((await auditEventsIn(t.db, org.id, created.id))[0]!.action).toBe('lesson.created');
    const found = (await viewer.get(`/api/v1/lessons?q=${encodeURIComponent('utbildning piloter')}`)).json<{ items: TLesson[] }>().items;
    expect(found.map((l) => l.id)).toEqual([created.id]);
    expect((await viewer.get('/api/v1/lessons?q=blockkedja')).json().items).toEqual([]);
    expect((await outsider.get('/api/v1/lessons?q=utbildning')).json().items).toEqual([]);
    expect((await viewer.get(url)).json().items).toHaveLength(1);
  });

  it('shows planned against realised cost and benefit per initiative, focus area and year, with the gap', async () => {
    const portfolio = (await viewer.get('/api/v1/benefit-portfolio')).json<TPortfolio>();
    const row = portfolio.rows.find((r) => r.initiativeId === initiativeId)!;
    // Planned 2025–2026: cost 400 000 kr; benefit 2 × 500 h × 450 kr = 450 000 kr (low).
    expect(row).toMatchObject({ plannedCost: '40000000', plannedBenefitLow: '45000000', plannedBenefitHigh: '81000000', actualCost: '42000000', actualBenefit: '15000000', benefitCount: 1 });
    // 2025 planned net 225 000 − 400 000 = −175 000; realised 150 000 − 420 000 = −270 000; gap 95 000 kr.
    expect(row.gap).toBe('9500000');
    expect(row.focusAreas.map((area) => area.name)).toEqual(['Effektivitet']);
    expect(portfolio.groups).toEqual([
      expect.objectContaining({ focusAreaName: 'Effektivitet', year: 2025, plannedCost: '40000000', actualBenefit: '15000000' }),
      expect.objectContaining({ focusAreaName: 'Effektivitet', year: 2026, plannedCost: '0', plannedBenefitLow: '22500000' }),
    ]);
    const only2026 = (await viewer.get('/api/v1/benefit-portfolio?year=2026')).json<TPortfolio>();
    expect(only2026.rows[0]).toMatchObject({ plannedCost: '0', plannedBenefitLow: '22500000', gap: '0' });
    const otherArea = (await viewer.get(`/api/v1/benefit-portfolio?focusAreaId=${'0193a5a0-0000-7000-8000-000000000000'}`)).json<TPortfolio>();
    expect(otherArea.rows).toEqual([]);
    expect((await viewer.get('/api/v1/benefit-portfolio?year=abc')).statusCode).toBe(400);
    expect((await outsider.get('/api/v1/benefit-portfolio')).json<TPortfolio>().rows).toEqual([]);
  });

  it('exports the portfolio to Excel and records the export in the audit log', async () => {
    const response = await viewer.get('/api/v1/benefit-portfolio/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nyttorealisering')!;
    expect(sheet.getRow(2).getCell(1).value).toBe('Läkemedelsrobotar');
    expect(sheet.getRow(2).getCell(4).value).toBe(400000);
    const audit = await auditEventsIn(t.db, org.id);
    expect(audit[0]).toMatchObject({ action: 'benefit_portfolio.exported', after: { rowCount: 1 } });
  });

  it('writes a title that looks like a formula as plain text in the export', async () => {
    await initiativeThroughDecision(t.db, org, coordinator, { title: '=HYPERLINK("http://example.invalid","klicka")', plannedStartYear: 2025 });
    const response = await viewer.get('/api/v1/benefit-portfolio/export');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nyttorealisering')!;
    const cells = sheet.getColumn(1).values.filter((v) => typeof v === 'string' && v.startsWith('='));
    expect(cells).toEqual(['=HYPERLINK("http://example.invalid","klicka")']);
    sheet.getColumn(1).eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
  });
});

