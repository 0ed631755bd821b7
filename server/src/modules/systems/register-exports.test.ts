import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@test/test-app';
import { readExport } from '@test/xlsx';
import { buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';
import { inPlatform } from '@server/platform/tenancy/context';
import { auditEvents } from '@server/platform/audit/audit.tables';
import { eq } from 'drizzle-orm';
import { systemBody, welfareTechBody } from '@server/modules/systems/registers.test-support';

const INJECTION = '=HYPERLINK("https://example.invalid","Klicka")';

describe('exporting the registers to Excel and CSV', () => {
  let t: TestApp;
  let s: AdminScene;
  const exportActions = async (action: string) =>
    (await inPlatform(t.db, (tx) => tx.select().from(auditEvents).where(eq(auditEvents.action, action)))).filter((e) => e.organizationId === s.org.id);

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    await s.clients.admin.post('/api/v1/systems', systemBody({ name: INJECTION, yearlyCostOre: 12_345_650 }));
    await s.clients.admin.post('/api/v1/welfare-tech', welfareTechBody({ technology: 'Trygghetslarm', placement: 'SÄBO, korttid' }));
    await s.clients.otherAdmin.post('/api/v1/systems', systemBody({ name: 'Annans system' }));
  });
  afterAll(async () => t.close());

  it('gives any member the system list as an Excel workbook with exact costs and text that is never a formula', async () => {
    const response = await s.clients.viewer.get('/api/v1/systems/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/systemlista-.*\.xlsx/);
    const sheet = await readExport(response, 'Systemlista');
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.rows[1]![0]).toBe(INJECTION);
    expect(sheet.rows[1]![10]).toBe(123456.5);
    expect(await exportActions('system.exported')).toHaveLength(1);
  });

  it('gives the system list as CSV for Swedish Excel: BOM, semicolons, decimal comma, neutralised formulas', async () => {
    const response = await s.clients.viewer.get('/api/v1/systems/export?format=csv');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFFSystem;Syfte;')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""https://example.invalid"",""Klicka"")"`);
    expect(text).toContain(';"123456,50";');
    expect(text).not.toContain('Annans system');
    expect(await exportActions('system.exported')).toHaveLength(2);
  });

  it('exports the inventory of one date, and refuses an unknown format', async () => {
    const response = await s.clients.staff.get('/api/v1/welfare-tech/export?format=csv&asOf=2021-12-31');
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.toString('utf8')).toContain('Trygghetslarm;Phoniro Care;Phoniro Systems AB;88;"SÄBO, korttid";Infört;2021-12-31;;');
    const sheet = await readExport(await s.clients.staff.get('/api/v1/welfare-tech/export'), 'Välfärdsteknik');
    expect(sheet.rows[1]).toContain('Trygghetslarm');
    expect((await s.clients.staff.get('/api/v1/welfare-tech/export?format=pdf')).statusCode).toBe(400);
    const events = await exportActions('welfare_tech.exported');
    expect(events[0]).toMatchObject({ after: { format: 'csv', asOf: '2021-12-31', rowCount: 1 } });
  });
});
