import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImportPreview } from '@domain/register-import.contracts';
import { convertWithLibreOffice } from '@test/libreoffice';
import { createTestApp, type TestApp } from '@test/test-app';
import { inPlatform } from '@server/platform/tenancy/context';
import { focusAreas, units } from '@server/modules/organizations/organizations.tables';
import { buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';
import { SEED_000_CHANGES, SEED_001_FOCUS_AREAS, SEED_001_INITIATIVES, SEED_001_UNITS, seed000Table, seed001Table } from '@server/modules/needs/plan-import.test-support';

/** CI installs LibreOffice and must run this; a developer machine without it skips, saying why. */
const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const describeWithLibreOffice = hasLibreOffice || process.env.CI ? describe : describe.skip;

/** The table as LibreOffice Calc saves it: written once, opened and saved again as .xlsx by soffice. */
async function savedByLibreOffice(rows: ReadonlyArray<ReadonlyArray<unknown>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  for (const row of rows) sheet.addRow([...row]);
  return convertWithLibreOffice(Buffer.from(await workbook.xlsx.writeBuffer()), 'xlsx', 'xlsx');
}
const upload = (bytes: Buffer, fileName: string) => ({ fileName, contentBase64: bytes.toString('base64') });

describeWithLibreOffice('importing a plan saved by LibreOffice Calc', () => {
  let t: TestApp;
  let s: AdminScene;

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    await inPlatform(t.db, async (tx) => {
      await tx.insert(focusAreas).values(SEED_001_FOCUS_AREAS.filter((name) => name !== 'Effektivitet').map((name) => ({ organizationId: s.org.id, id: uuidv7(), name })));
      await tx.insert(units).values(SEED_001_UNITS.map((name) => ({ organizationId: s.org.id, id: uuidv7(), name })));
    });
  }, 180_000);
  afterAll(async () => t.close());

  it('previews seed 000’s list of changes from a LibreOffice .xlsx with every title, year and cost as written', async () => {
    const file = await savedByLibreOffice(seed000Table());
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    const response = await s.clients.coordinator.post('/api/v1/needs/import/preview', upload(file, 'karlsborg.xlsx'));
    expect(response.statusCode, response.body).toBe(200);
    const shown = response.json<TImportPreview>();
    expect(shown).toMatchObject({ fileErrors: [], rowCount: SEED_000_CHANGES.length, errorCount: 0 });
    expect(shown.rows.map((row) => row.cells.Titel)).toEqual(SEED_000_CHANGES.map((change) => change.name));
    const byTitle = (title: string) => shown.rows.find((row) => row.cells.Titel === title)!.cells;
    expect(byTitle('Alfa E statistikmodul')).toMatchObject({ Startår: '2022', 'Uppskattad kostnad': expect.stringMatching(/^Ca 15\s000\skr$/) });
    expect(byTitle('Integration mot Viva och Senior Alert')['Uppskattad kostnad']).toMatch(/^40\s000–60\s000\skr$/);
    expect(byTitle('Sensorer')).toMatchObject({ Startår: '', 'Uppskattad kostnad': '' });
  });

  it('saves seed 001’s table from a LibreOffice .xlsx whole, with several focus areas and units per row and “Alla”', async () => {
    const saved = await s.clients.coordinator.post('/api/v1/needs/import', upload(await savedByLibreOffice(seed001Table()), 'alingsas.xlsx'));
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toEqual({ created: SEED_001_INITIATIVES.length });
    const list = (await s.clients.viewer.get('/api/v1/needs?limit=100')).json<{ items: Array<{ title: string; focusAreas: { name: string }[]; units: { name: string }[]; allUnits: boolean }> }>().items;
    expect(list.map((need) => need.title).sort()).toEqual(SEED_001_INITIATIVES.map((row) => row.name).sort());
    const locks = list.find((need) => need.title === 'Digitala lås och läkemedelsskåp')!;
    expect(locks.focusAreas.map((area) => area.name).sort()).toEqual(['Effektivitet', 'Trygghet och delaktighet']);
    expect(locks.units.map((unit) => unit.name).sort()).toEqual(['Hemtjänst', 'KPV']);
    expect(list.find((need) => need.title === 'Plan Act')).toMatchObject({ allUnits: true, units: [] });
  });
});
