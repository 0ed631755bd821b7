import ExcelJS from 'exceljs';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImportPreview } from '@domain/register-import.contracts';
import { FAKE_PERSONNUMMER } from '@test/factories';
import { createTestApp, type TestApp } from '@test/test-app';
import { inPlatform } from '@server/platform/tenancy/context';
import { focusAreas, units } from '@server/modules/organizations/organizations.tables';
import { auditEventsOf, buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';
import { csvText, SEED_000_CHANGES, SEED_001_FOCUS_AREAS, SEED_001_INITIATIVES, SEED_001_UNITS, seed000Table, seed001Table, windows1252 } from '@server/modules/needs/plan-import.test-support';

async function xlsxOf(rows: ReadonlyArray<ReadonlyArray<unknown>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const upload = (bytes: Buffer, fileName = 'plan.xlsx') => ({ fileName, contentBase64: bytes.toString('base64') });

const TEMPLATE_HEADER = ['Titel', 'Problem (Varför)', 'Vad', 'Hur', 'Förväntad nytta', 'Fokusområden', 'Enheter', 'Förslagsställare', 'Status', 'Beslutsdatum', 'Beslutsforum', 'Beslutsreferens', 'Form', 'Ägare', 'Startår', 'Uppskattad kostnad'];
/** A row of the template's shape from the columns given by name. */
const templateRow = (cells: Partial<Record<(typeof TEMPLATE_HEADER)[number], string | number | Date>>) => TEMPLATE_HEADER.map((name) => cells[name] ?? null);

describe('importing needs and initiatives from a plan file', () => {
  let t: TestApp;
  let s: AdminScene;
  const preview = (body: unknown) => s.clients.coordinator.post('/api/v1/needs/import/preview', body);
  const save = (body: unknown) => s.clients.coordinator.post('/api/v1/needs/import', body);
  const needCount = async () => (await s.clients.viewer.get('/api/v1/needs?limit=100')).json<{ items: unknown[] }>().items.length;

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    // Seed 001's organisation: its focus areas and the units its table names ("Effektivitet" and "Hemtjänst" exist).
    await inPlatform(t.db, async (tx) => {
      await tx.insert(focusAreas).values(SEED_001_FOCUS_AREAS.filter((name) => name !== 'Effektivitet').map((name) => ({ organizationId: s.org.id, id: uuidv7(), name })));
      await tx.insert(units).values(SEED_001_UNITS.map((name) => ({ organizationId: s.org.id, id: uuidv7(), name })));
    });
  });
  afterAll(async () => t.close());

  it('previews seed 000’s list of possible changes from Excel with every row intact: titles, years, benefits and costs', async () => {
    const response = await preview(upload(await xlsxOf(seed000Table()), 'karlsborg.xlsx'));
    expect(response.statusCode, response.body).toBe(200);
    const shown = response.json<TImportPreview>();
    expect(shown).toMatchObject({ fileErrors: [], rowCount: SEED_000_CHANGES.length, errorCount: 0 });
    expect(shown.rows.map((row) => row.cells.Titel)).toEqual(SEED_000_CHANGES.map((change) => change.name));
    const byTitle = (title: string) => shown.rows.find((row) => row.cells.Titel === title)!.cells;
    expect(byTitle('LIKA självskattning')).toMatchObject({ Startår: '2022', 'Uppskattad kostnad': 'Tid', Status: 'Ny' });
    expect(byTitle('Integration mot Viva och Senior Alert')).toMatchObject({ Startår: '2023', 'Uppskattad kostnad': expect.stringMatching(/^40\s000–60\s000\skr$/) });
    expect(byTitle('Läkemedelsrobotar Evondos')['Uppskattad kostnad']).toMatch(/^Ca 150\s000\skr\/år$/);
    expect(byTitle('Digitala läkemedelsskåp i hemtjänsten')['Uppskattad kostnad']).toMatch(/^Ca 4\s000\skr\/enhet, 4000 kr\/st plus månadskostnad$/);
    expect(byTitle('Sensorer')).toMatchObject({ Startår: '', 'Uppskattad kostnad': '' });
  });

  it('previews seed 001’s table from a CSV saved by Excel in Windows-1252, with several focus areas and units per row and “Alla”', async () => {
    const response = await preview(upload(windows1252(csvText(seed001Table())), 'alingsas.csv'));
    expect(response.statusCode, response.body).toBe(200);
    const shown = response.json<TImportPreview>();
    expect(shown.rows.flatMap((row) => row.errors)).toEqual([]);
    expect(shown.rowCount).toBe(SEED_001_INITIATIVES.length);
    const byTitle = (title: string) => shown.rows.find((row) => row.cells.Titel === title)!.cells;
    expect(byTitle('Identitetshantering – Handslaget')).toMatchObject({ Fokusområden: 'Effektivitet', Enheter: 'Alla' });
    expect(byTitle('Digitala lås och läkemedelsskåp')).toMatchObject({ Fokusområden: 'Trygghet och delaktighet; Effektivitet', Enheter: 'Hemtjänst och KPV' });
    expect(byTitle('Optimerad bemanning med AI-schema').Enheter).toBe('Alla');
  });

  it('reads the same table as UTF-8 with or without a byte order mark', async () => {
    for (const prefix of ['\uFEFF', '']) {
      const shown = (await preview(upload(Buffer.from(prefix + csvText(seed001Table()), 'utf8'), 'alingsas.csv'))).json<TImportPreview>();
      expect(shown).toMatchObject({ rowCount: SEED_001_INITIATIVES.length, errorCount: 0 });
    }
  });

  it('names the row and column of a focus area or unit the organisation lacks', async () => {
    const table = [...seed001Table(), ['Digital kompetens', 'Alla', 'Kompetenslyft', 'Utbildning'], ['Hållbarhet', 'Kommunledningen', 'Nytt intranät', 'Ett intranät']];
    const shown = (await preview(upload(await xlsxOf(table)))).json<TImportPreview>();
    expect(shown.errorCount).toBe(2);
    const last = SEED_001_INITIATIVES.length + 1;
    expect(shown.rows.find((row) => row.rowNumber === last + 1)!.errors).toEqual([
      { column: 'Fokusområden', message: 'Fokusområdet "Digital kompetens" finns inte i organisationen. Skriv fokusområdenas namn som de heter där, åtskilda med semikolon.' },
    ]);
    expect(shown.rows.find((row) => row.rowNumber === last + 2)!.errors).toEqual([
      { column: 'Enheter', message: 'Enheten "Kommunledningen" finns inte i organisationsträdet. Skriv enheternas namn som där, åtskilda med semikolon, eller "Alla".' },
    ]);
  });

  it('asks a decided row for its decision date, owner and start year, and refuses a decision dated in the future', async () => {
    const shown = (
      await preview(
        upload(
          await xlsxOf([
            TEMPLATE_HEADER,
            templateRow({ Titel: 'Läkemedelsrobotar', Status: 'beslutad som projekt' }),
            templateRow({ Titel: 'Digitala nyckelskåp', Status: 'Beslutad', Form: 'Uppdrag', Beslutsdatum: '2999-01-01', Ägare: 'Avdelningschef', Startår: 2025 }),
            templateRow({ Titel: 'Trygghetskameror', Status: 'Beslutad som verksamhetsförbättring', Beslutsdatum: new Date('2023-11-15T00:00:00Z'), Ägare: 'Enhetschef', Startår: '2024–2025' }),
            templateRow({ Titel: 'Sensorer', Status: 'kanske' }),
          ]),
        ),
      )
    ).json<TImportPreview>();
    expect(shown.rows[0]!.errors.map((error) => error.column)).toEqual(['Beslutsdatum', 'Ägare', 'Startår']);
    expect(shown.rows[1]!.errors).toEqual([{ column: 'Beslutsdatum', message: 'Beslutsdatumet kan inte ligga i framtiden.' }]);
    expect(shown.rows[2]).toMatchObject({ errors: [], cells: { Status: 'Beslutad som verksamhetsförbättring', Beslutsdatum: '2023-11-15', Startår: '2024' } });
    expect(shown.rows[3]!.errors[0]!.column).toBe('Status');
  });

  it('refuses formulas and personnummer in cells, and lets only coordinators read a plan file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Plan');
    sheet.addRow(['Titel', 'Förväntad nytta', 'Uppskattad kostnad']);
    sheet.addRow(['Robotar', { formula: 'HYPERLINK("http://example.invalid")' }, { formula: '1+1', result: 2 }]);
    sheet.addRow([`Gäller ${FAKE_PERSONNUMMER}`, '', '']);
    const file = upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    const shown = (await preview(file)).json<TImportPreview>();
    expect(shown.rows[0]!.errors.map((error) => error.column)).toEqual(['Förväntad nytta', 'Uppskattad kostnad']);
    expect(shown.rows[1]!.errors.map((error) => error.column)).toEqual(['Titel']);
    expect((await s.clients.staff.post('/api/v1/needs/import/preview', file)).statusCode).toBe(403);
    expect((await s.clients.admin.post('/api/v1/needs/import/preview', file)).statusCode).toBe(403);
  });

  it('offers a template with the plan’s columns that imports as it is in any organisation', async () => {
    const template = await s.clients.viewer.get('/api/v1/needs/import/template');
    expect(template.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ExcelJS.Buffer);
    expect((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(TEMPLATE_HEADER);
    const shown = (await s.clients.otherAdmin.get('/api/v1/needs/import/template?format=csv')).body;
    expect(shown.split('\r\n')[0]).toBe('\uFEFF' + TEMPLATE_HEADER.join(';'));
    const read = (await preview({ fileName: 'mall.xlsx', contentBase64: template.rawPayload.toString('base64') })).json<TImportPreview>();
    expect(read).toMatchObject({ rowCount: 2, errorCount: 0 });
    expect(read.rows[1]!.cells).toMatchObject({ Status: 'Beslutad som projekt', Beslutsdatum: '2024-05-20', Startår: '2024' });
  });

  it('saves nothing from a file with one bad row, and every row of seed 001’s table with its focus areas and units when it is right', async () => {
    const before = await needCount();
    const bad = await save(upload(await xlsxOf([...seed001Table(), ['Digital kompetens', 'Alla', 'Kompetenslyft', 'Utbildning']])));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ path: `rows.${SEED_001_INITIATIVES.length + 2}.Fokusområden` }));
    expect(await needCount()).toBe(before);

    const saved = await save(upload(windows1252(csvText(seed001Table())), 'alingsas.csv'));
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toEqual({ created: SEED_001_INITIATIVES.length });
    const list = (await s.clients.viewer.get('/api/v1/needs?limit=100')).json<{ items: Array<{ id: string; title: string; focusAreas: { name: string }[]; units: { name: string }[]; allUnits: boolean }> }>().items;
    const locks = list.find((need) => need.title === 'Digitala lås och läkemedelsskåp')!;
    expect(locks.focusAreas.map((area) => area.name).sort()).toEqual(['Effektivitet', 'Trygghet och delaktighet']);
    expect(locks.units.map((unit) => unit.name).sort()).toEqual(['Hemtjänst', 'KPV']);
    expect(list.find((need) => need.title === 'Svea GPT')).toMatchObject({ allUnits: true, units: [] });
  });

  it('registers a decided row as an initiative decided before Digiplan, and keeps Vad, Hur, förslagsställare, startår and cost on the need', async () => {
    const file = upload(
      await xlsxOf([
        TEMPLATE_HEADER,
        templateRow({ Titel: 'Läkemedelsrobotar Evondos', 'Problem (Varför)': 'Många korta besök.', Vad: 'Robotar som delar ut läkemedel', Hur: 'Område för område', Förslagsställare: 'Enhetschef hemtjänst', Status: 'Beslutad som projekt', Beslutsdatum: new Date('2023-02-01T00:00:00Z'), Beslutsforum: 'Socialnämnden', Ägare: 'Avdelningschef', Startår: 2023, 'Uppskattad kostnad': '150 000 kr/år', Fokusområden: 'Hållbarhet', Enheter: 'Hemtjänst' }),
        templateRow({ Titel: 'Talenheter Phoniro 6000', Status: 'Parkerad', Startår: 2023, 'Uppskattad kostnad': '6000 kr/st' }),
      ]),
    );
    expect((await save(file)).statusCode).toBe(201);
    const initiatives = (await s.clients.coordinator.get('/api/v1/initiatives?limit=100')).json<{ items: Array<{ id: string; title: string; needId: string; form: string; preDigiplan: unknown }> }>().items;
    const robot = initiatives.find((item) => item.title === 'Läkemedelsrobotar Evondos')!;
    expect(robot).toMatchObject({ form: 'project', preDigiplan: { decisionDate: '2023-02-01', reference: 'Inläst från plan.xlsx, rad 2' } });
    const robotId = robot.id;
    // Its process started as a decision's would: the projekt checklist for every stage and the decision on its timeline.
    const process = (await s.clients.coordinator.get(`/api/v1/initiatives/${robotId}/process`)).json<{ checklist: Array<{ stage: number }> }>();
    expect(new Set(process.checklist.map((item) => item.stage)).size).toBeGreaterThan(1);
    const timeline = (await s.clients.coordinator.get(`/api/v1/initiatives/${robotId}/timeline`)).json<Array<{ kind: string }> | { items: Array<{ kind: string }> }>();
    expect((Array.isArray(timeline) ? timeline : timeline.items).map((event) => event.kind)).toEqual(['initiative.decided']);
    expect((await auditEventsOf(t.db, robot.needId)).map((event) => event.action)).toEqual(['need.registered_pre_digiplan', 'need.decided']);
    expect((await auditEventsOf(t.db, robotId)).map((event) => event.action)).toEqual(['initiative.created']);
    const need = (await s.clients.coordinator.get(`/api/v1/needs/${robot.needId}`)).json();
    expect(need).toMatchObject({ status: 'approved', what: 'Robotar som delar ut läkemedel', how: 'Område för område', proposedBy: 'Enhetschef hemtjänst', plannedStartYear: 2023, costEstimate: { low: '15000000', recurrence: 'per_year' } });
    const parked = (await s.clients.viewer.get('/api/v1/needs?limit=100')).json<{ items: Array<{ id: string; number: number; title: string; status: string }> }>().items.find((item) => item.title === 'Talenheter Phoniro 6000')!;
    expect(parked.status).toBe('parked');
    // Numbered in the file's order, the decided row too.
    expect(parked.number).toBe(need.number + 1);
    const events = await auditEventsOf(t.db, parked.id);
    expect(events.map((event) => event.action)).toEqual(['need.imported']);
  });
});
