import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERSONNUMMER } from '@test/factories';
import { createTestApp, type TestApp } from '@test/test-app';
import { buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';
import { buildInitiative, systemBody } from '@server/modules/systems/registers.test-support';
import { inPlatform } from '@server/platform/tenancy/context';
import { auditEvents } from '@server/platform/audit/audit.tables';
import { eq } from 'drizzle-orm';

const HEADER = ['Teknik', 'Produkt', 'Leverantör', 'Antal', 'Placering', 'Status', 'Per datum', 'System', 'Initiativ'];

async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Välfärdsteknik');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const upload = (bytes: Buffer, fileName = 'inventering.xlsx') => ({ fileName, contentBase64: bytes.toString('base64') });
const csv = (lines: string[]) => Buffer.from('\uFEFF' + lines.join('\r\n'), 'utf8');

describe('importing the welfare technology inventory', () => {
  let t: TestApp;
  let s: AdminScene;
  const count = async () => (await s.clients.viewer.get('/api/v1/welfare-tech')).json<{ items: unknown[] }>().items.length;
  const preview = (body: unknown) => s.clients.coordinator.post('/api/v1/welfare-tech/import/preview', body);
  const save = (body: unknown) => s.clients.coordinator.post('/api/v1/welfare-tech/import', body);

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    await s.clients.admin.post('/api/v1/systems', systemBody({ name: 'Phoniro' }));
    await buildInitiative(t.db, s.org, s.members.staff.id, 'Digitala läkemedelsskåp');
  });
  afterAll(async () => t.close());

  it('previews a valid Excel file row by row and saves every row when asked', async () => {
    const file = upload(
      await xlsxOf([
        HEADER,
        ['Trygghetslarm', 'Phoniro Care', 'Phoniro Systems AB', 88, 'SÄBO', 'Infört', new Date('2021-12-31T00:00:00Z'), 'phoniro', null],
        ['Digitala läkemedelsskåp', '', '', 40, 'Hemtjänst', 'På gång', '2023-12-31', null, 'Digitala läkemedelsskåp'],
        [null, null, null, null, null, null, null, null, null],
      ]),
    );
    const shown = await preview(file);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ rowCount: 2, errorCount: 0, rows: [{ rowNumber: 2, cells: { Teknik: 'Trygghetslarm', Antal: '88', 'Per datum': '2021-12-31', Status: 'Infört' } }, { rowNumber: 3 }] });
    const before = await count();
    const saved = await save(file);
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(await count()).toBe(before + 2);
    const items = (await s.clients.viewer.get('/api/v1/welfare-tech?asOf=2021-12-31')).json().items;
    expect(items[0]).toMatchObject({ systemName: 'Phoniro', unitCount: 88 });
    const events = await inPlatform(t.db, (tx) => tx.select().from(auditEvents).where(eq(auditEvents.action, 'welfare_tech.imported')));
    expect(events[0]).toMatchObject({ organizationId: s.org.id, after: { fileName: 'inventering.xlsx', rowCount: 2 } });
  });

  it('shows each bad row with Swedish messages naming row and column, and saves nothing from such a file', async () => {
    const file = upload(
      csv([
        HEADER.join(';'),
        'Trygghetslarm;;;88;SÄBO;Infört;2021-12-31;;',
        'GPS-larm;;;fem;;Infört;2021-12-31;;',
        `Sensorer;;;3;Hos ${FAKE_PERSONNUMMER};Kanske;31/12/2021;Okänt system;`,
        ";;;1;;;2021-12-31;;",
      ]),
      'inventering.csv',
    );
    const shown = (await preview(file)).json();
    expect(shown.rowCount).toBe(4);
    expect(shown.rows[0].errors).toEqual([]);
    expect(shown.rows[1].errors).toEqual([{ column: 'Antal', message: 'Måste vara ett heltal.' }]);
    expect(shown.rows[2].errors.map((e: { column: string }) => e.column)).toEqual(['Placering', 'Status', 'Per datum', 'System']);
    expect(shown.rows[3].errors).toEqual([{ column: 'Teknik', message: 'Måste fyllas i.' }]);
    const before = await count();
    const refused = await save(file);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toContainEqual({ path: 'rows.3.Antal', code: 'invalid', message: 'Rad 3, kolumn Antal: Måste vara ett heltal.' });
    expect(await count()).toBe(before);
  });

  it('names the missing columns of a file with the wrong header', async () => {
    const shown = (await preview(upload(csv(['Namn,Antal', 'Larm,3']), 'fel.csv'))).json();
    expect(shown.fileErrors).toEqual(['Kolumner saknas i rubrikraden: Teknik, Per datum.']);
    expect((await save(upload(csv(['Namn,Antal', 'Larm,3']), 'fel.csv'))).statusCode).toBe(400);
  });

  it('refuses a file that is not a spreadsheet, an oversized file and a zip bomb, reading nothing', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect((await preview(upload(png, 'bild.xlsx'))).statusCode).toBe(415);
    const brokenZip = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 7)]);
    expect((await preview(upload(brokenZip))).statusCode).toBe(415);
    const oversized = Buffer.alloc(5 * 1024 * 1024 + 10, 'a');
    expect((await preview(upload(oversized, 'stor.csv'))).statusCode).toBe(413);

    const bomb = new JSZip();
    bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x20));
    const bombBytes = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bombBytes.length).toBeLessThan(1024 * 1024);
    const bombResponse = await preview(upload(bombBytes));
    expect(bombResponse.statusCode).toBe(413);
    expect(bombResponse.json().code).toBe('payload_too_large');

    // The same bomb with its sizes rewritten to claim 1 KB: the guard inflates under a cap and still refuses it.
    const liar = Buffer.from(bombBytes);
    liar.writeUInt32LE(1024, 22); // local header: uncompressed size
    const central = liar.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    liar.writeUInt32LE(1024, central + 24);
    expect((await preview(upload(liar))).statusCode).toBe(413);
  });

  it('refuses formulas instead of evaluating them, and lets only managers import', async () => {
    const file = upload(await xlsxOf([HEADER, ['Trygghetslarm', '', '', { formula: '1+1', result: 2 }, 'SÄBO', 'Infört', '2021-12-31', null, null]]));
    const shown = (await preview(file)).json();
    expect(shown.rows[0].errors).toEqual([{ column: 'Antal', message: 'Formler läses inte in; skriv värdet i stället.' }]);
    expect((await s.clients.staff.post('/api/v1/welfare-tech/import/preview', file)).statusCode).toBe(403);
    expect((await s.clients.viewer.post('/api/v1/welfare-tech/import', file)).statusCode).toBe(403);
    expect((await preview({ fileName: 'x.csv', contentBase64: 'inte base64!' })).statusCode).toBe(400);
  });

  it('re-imports its own export without doubling anything: the preview says every row is unchanged and the counts stay the same', async () => {
    const file = upload(csv([HEADER.join(';'), 'Läkemedelsrobot;Evondos;Evondos Oy;25;Hemtjänst;Infört;2024-06-30;;', 'GPS-larm;;;12;Hemtjänst;Infört;2024-06-30;;']), 'juni.csv');
    expect((await save(file)).json()).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const summary = async () => (await s.clients.viewer.get('/api/v1/welfare-tech?asOf=2024-06-30')).json<{ items: { technology: string; unitCount: number }[] }>().items;
    const before = await summary();
    const exported = await s.clients.viewer.get('/api/v1/welfare-tech/export?format=xlsx');
    const again = upload(exported.rawPayload, 'export.xlsx');

    const shown = (await preview(again)).json();
    expect(shown.errorCount).toBe(0);
    expect(shown.counts).toEqual({ new: 0, changed: 0, unchanged: shown.rowCount });
    expect(shown.rows.every((row: { outcome: string }) => row.outcome === 'unchanged')).toBe(true);
    const total = await count();
    expect((await save(again)).json()).toEqual({ created: 0, updated: 0, unchanged: shown.rowCount });
    expect(await count()).toBe(total);
    expect(await summary()).toEqual(before);
  });

  it('updates the row for the same date, technology and placement when the count changed, or refuses it as a row error when the user chooses so', async () => {
    const changed = upload(csv([HEADER.join(';'), 'läkemedelsrobot;Evondos;Evondos Oy;30;hemtjänst;Infört;2024-06-30;;', 'Sensorer;;;4;LSS-boende;På gång;2024-06-30;;']), 'juli.csv');
    const refused = (await preview({ ...changed, existing: 'refuse' })).json();
    expect(refused.rows[0].errors).toEqual([{ column: 'Per datum', message: 'Raden finns redan i inventeringen (samma datum, teknik och placering). Välj att uppdatera befintliga rader för att ändra den.' }]);
    expect((await save({ ...changed, existing: 'refuse' })).statusCode).toBe(400);

    const shown = (await preview(changed)).json();
    expect(shown.counts).toEqual({ new: 1, changed: 1, unchanged: 0 });
    expect(shown.rows.map((row: { outcome: string }) => row.outcome)).toEqual(['changed', 'new']);
    const total = await count();
    expect((await save(changed)).json()).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(await count()).toBe(total + 1);
    const robots = (await s.clients.viewer.get('/api/v1/welfare-tech?asOf=2024-06-30')).json<{ items: { technology: string; unitCount: number }[] }>().items.filter((item) => item.technology === 'Läkemedelsrobot');
    expect(robots).toMatchObject([{ unitCount: 30 }]);
  });

  it('refuses a file that names the same date, technology and placement twice', async () => {
    const twice = upload(csv([HEADER.join(';'), 'Nyckelfria lås;;;10;Hemtjänst;Infört;2024-09-30;;', 'Nyckelfria lås;;;12;Hemtjänst;Infört;2024-09-30;;']), 'dubbel.csv');
    const shown = (await preview(twice)).json();
    expect(shown.rows[1].errors).toEqual([{ column: 'Per datum', message: 'Samma datum, teknik och placering finns redan på rad 2 i filen.' }]);
  });

  it('offers a template that imports cleanly', async () => {
    const template = await s.clients.viewer.get('/api/v1/welfare-tech/import/template?format=csv');
    expect(template.statusCode).toBe(200);
    const shown = (await preview(upload(template.rawPayload, 'mall.csv'))).json();
    expect(shown).toMatchObject({ rowCount: 2, errorCount: 0 });
    const xlsx = await s.clients.viewer.get('/api/v1/welfare-tech/import/template');
    expect((await preview(upload(xlsx.rawPayload))).json()).toMatchObject({ rowCount: 2, errorCount: 0 });
  });
});
