import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '@server/platform/spreadsheet/read-csv';
import { DOCX_CONTENT_TYPE } from '@server/platform/docx/docx-document';
import { SHEET_COLUMN_MAX_WIDTH, XLSX_CONTENT_TYPE } from '@server/platform/http/xlsx';
import { seedDemoQuietly } from '@test/demo';
import { buildMember } from '@test/factories';
import { convertWithLibreOffice, pdfFonts, pdfText } from '@test/libreoffice';
import { docxPageFacts, xlsxPrintFacts } from '@test/office-xml';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { withAdmin } from './tenant-ids';

/**
 * Every Word and Excel file Digiplan writes, fetched through the API as a coordinator of the demo
 * organisation, read as XML and rendered by LibreOffice the way a user opens it. The list of
 * files is checked against the OpenAPI document, so a new export cannot skip this.
 */

type OfficeFile = { route: string; url: (ids: Ids) => string; kind: 'xlsx' | 'docx'; titlePage?: boolean };
type Ids = { planId: string; classifiedInitiativeId: string; directive: { initiativeId: string; id: string }; assignment: { initiativeId: string; id: string }; maturityAssessmentId: string; meetingId: string };

const OFFICE_FILES: OfficeFile[] = [
  { route: '/api/v1/needs/export', url: () => '/api/v1/needs/export', kind: 'xlsx' },
  { route: '/api/v1/needs/import/template', url: () => '/api/v1/needs/import/template?format=xlsx', kind: 'xlsx' },
  { route: '/api/v1/decisions/export', url: () => '/api/v1/decisions/export', kind: 'xlsx' },
  { route: '/api/v1/initiatives/portfolio/export', url: () => '/api/v1/initiatives/portfolio/export', kind: 'xlsx' },
  { route: '/api/v1/benefit-portfolio/export', url: () => '/api/v1/benefit-portfolio/export', kind: 'xlsx' },
  { route: '/api/v1/initiatives/{id}/classification/requirements/export', url: (ids) => `/api/v1/initiatives/${ids.classifiedInitiativeId}/classification/requirements/export?format=xlsx`, kind: 'xlsx' },
  { route: '/api/v1/initiatives/{id}/classification/requirements/export', url: (ids) => `/api/v1/initiatives/${ids.classifiedInitiativeId}/classification/requirements/export?format=docx`, kind: 'docx', titlePage: false },
  { route: '/api/v1/initiatives/{id}/documents/{documentId}/docx', url: (ids) => `/api/v1/initiatives/${ids.directive.initiativeId}/documents/${ids.directive.id}/docx`, kind: 'docx', titlePage: true },
  { route: '/api/v1/initiatives/{id}/documents/{documentId}/docx', url: (ids) => `/api/v1/initiatives/${ids.assignment.initiativeId}/documents/${ids.assignment.id}/docx`, kind: 'docx', titlePage: true },
  { route: '/api/v1/systems/export', url: () => '/api/v1/systems/export?format=xlsx', kind: 'xlsx' },
  { route: '/api/v1/systems/import/template', url: () => '/api/v1/systems/import/template?format=xlsx', kind: 'xlsx' },
  { route: '/api/v1/integrations/export', url: () => '/api/v1/integrations/export?format=xlsx', kind: 'xlsx' },
  { route: '/api/v1/welfare-tech/export', url: () => '/api/v1/welfare-tech/export?format=xlsx', kind: 'xlsx' },
  { route: '/api/v1/welfare-tech/import/template', url: () => '/api/v1/welfare-tech/import/template?format=xlsx', kind: 'xlsx' },
  { route: '/api/v1/supplier-demos/export', url: () => '/api/v1/supplier-demos/export?format=xlsx', kind: 'xlsx' },
  { route: '/api/v1/plans/{id}/docx', url: (ids) => `/api/v1/plans/${ids.planId}/docx`, kind: 'docx', titlePage: true },
  { route: '/api/v1/plans/{id}/roadmap/export', url: (ids) => `/api/v1/plans/${ids.planId}/roadmap/export?format=xlsx`, kind: 'xlsx' },
  { route: '/api/v1/maturity-assessments/{id}/export', url: (ids) => `/api/v1/maturity-assessments/${ids.maturityAssessmentId}/export?format=xlsx`, kind: 'xlsx' },
  { route: '/api/v1/pilots/export', url: () => '/api/v1/pilots/export?format=xlsx', kind: 'xlsx' },
  { route: '/api/v1/governance-year/export', url: () => '/api/v1/governance-year/export?year=2027&format=xlsx', kind: 'xlsx' },
  { route: '/api/v1/meetings/{id}/agenda.docx', url: (ids) => `/api/v1/meetings/${ids.meetingId}/agenda.docx`, kind: 'docx', titlePage: false },
  { route: '/api/v1/meetings/{id}/minutes.docx', url: (ids) => `/api/v1/meetings/${ids.meetingId}/minutes.docx`, kind: 'docx', titlePage: false },
];

/** Words in place of ids, to name each file in the test's title. */
const NAMED: Ids = { planId: 'plan', classifiedInitiativeId: 'initiativ', directive: { initiativeId: 'initiativ', id: 'projektdirektiv' }, assignment: { initiativeId: 'initiativ', id: 'uppdragsbeskrivning' }, maturityAssessmentId: 'mognadsskattning', meetingId: 'sammantrade' };

/** The CSV exports: each is also read the way LibreOffice's import dialog splits it by default. */
const CSV_EXPORTS = ['/api/v1/systems/export', '/api/v1/integrations/export', '/api/v1/welfare-tech/export', '/api/v1/supplier-demos/export', '/api/v1/pilots/export'];
/** LibreOffice's CSV import splitting on semicolon, comma and tab, quotes as text delimiter, UTF-8, from line 1. */
const SPLIT_ON_SEMICOLON_COMMA_TAB = 'CSV:59/44/9,34,76,1';

type OpenApiDoc = {
  paths: Record<string, Record<string, { parameters?: { name: string; schema?: { enum?: string[] } }[]; responses?: Record<string, { content?: Record<string, unknown> }> }>>;
};

describe('every Word and Excel file, opened in LibreOffice', () => {
  let t: TestApp;
  let coordinator: ApiClient;
  let ids: Ids;
  let organizationName: string;

  beforeAll(async () => {
    t = await createTestApp();
    const organizationId = await seedDemoQuietly(t.db);
    const member = await buildMember(t.db, organizationId, ['coordinator'], 'Kim Samordnare');
    coordinator = await logInAs(t.app, member.email, member.password);
    const found = await withAdmin(t.adminUrl, async (client) => {
      const one = async <T extends object>(query: string): Promise<T> => {
        const row = (await client.query<T>(query, [organizationId])).rows[0];
        if (!row) throw new Error(`the demo organisation has nothing for: ${query}`);
        return row;
      };
      return {
        name: (await one<{ name: string }>('select name from organizations where id = $1')).name,
        planId: (await one<{ id: string }>('select id::text as id from plans where organization_id = $1 order by created_at limit 1')).id,
        classified: (await one<{ id: string }>(`select subject_id::text as id from information_classifications where organization_id = $1 and subject_type = 'initiative' limit 1`)).id,
        directive: await one<{ initiativeId: string; id: string }>(`select initiative_id::text as "initiativeId", id::text as id from initiative_documents where organization_id = $1 and kind = 'project_directive' limit 1`),
        assignment: await one<{ initiativeId: string; id: string }>(`select initiative_id::text as "initiativeId", id::text as id from initiative_documents where organization_id = $1 and kind = 'assignment_description' limit 1`),
        maturity: (await one<{ id: string }>('select id::text as id from maturity_assessments where organization_id = $1 order by year desc limit 1')).id,
      };
    });
    organizationName = found.name;
    // The demo has no meetings: the coordinator chairs a forum and calls a meeting, whose agenda
    // Digiplan proposes from the demo's assessed needs.
    const forum = (await coordinator.post('/api/v1/forums', { name: 'Ledningsgruppen (OLG)', memberIds: [member.id], chairId: member.id })).json<{ id: string }>();
    const meeting = await coordinator.post('/api/v1/meetings', { forumId: forum.id, meetingDate: '2027-03-15', place: 'Kommunhuset' });
    expect(meeting.statusCode, meeting.body.slice(0, 300)).toBe(201);
    ids = {
      planId: found.planId,
      classifiedInitiativeId: found.classified,
      directive: found.directive,
      assignment: found.assignment,
      maturityAssessmentId: found.maturity,
      meetingId: meeting.json<{ id: string }>().id,
    };
  }, 180_000);
  afterAll(async () => t.close());

  it('covers every route that writes an Excel or Word file', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDoc>();
    const officeRoutes = Object.entries(doc.paths)
      .filter(([path, operations]) => {
        if (!operations.get || !/(\/(export|docx|template)|\.docx)$/.test(path)) return false;
        const formats = operations.get.parameters?.find((p) => p.name === 'format')?.schema?.enum;
        if (formats !== undefined) return formats.some((format) => format === 'xlsx' || format === 'docx');
        // A download that declares another kind of file (the organisation's gzip backup) is no office file.
        const declared = Object.keys(operations.get.responses?.['200']?.content ?? {});
        return declared.length === 0 || declared.some((type) => type.includes('officedocument'));
      })
      .map(([path]) => path);
    expect(officeRoutes.length).toBeGreaterThan(10);
    expect([...new Set(OFFICE_FILES.map((file) => file.route))].sort()).toEqual([...officeRoutes].sort());
  });

  it.each(OFFICE_FILES.filter((file) => file.kind === 'xlsx').map((file) => [file.url(NAMED), file] as const))(
    '%s: readable widths, wrapped text, frozen filtered header, landscape fitted to width with the header repeated, also after LibreOffice saves it',
    async (_name, file) => {
      const response = await coordinator.get(file.url(ids));
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
      const facts = await xlsxPrintFacts(response.rawPayload);
      const expected = { frozenHeaderRow: true, autoFilter: true, landscape: true, fitToWidth: true, repeatedHeaderRow: true, pageNumbersInFooter: true, wrappedStyles: true };
      expect(facts).toMatchObject(expected);
      expect(facts.columnWidths.length).toBeGreaterThan(0);
      for (const width of facts.columnWidths) expect(width).toBeLessThanOrEqual(SHEET_COLUMN_MAX_WIDTH);

      // Saved again by LibreOffice, the filter, wrapping and print set-up are still there: LibreOffice
      // understood them. (Headless LibreOffice has no window, so it saves no view and no frozen pane.)
      const { frozenHeaderRow: _view, ...understood } = expected;
      expect(await xlsxPrintFacts(await convertWithLibreOffice(response.rawPayload, 'xlsx', 'xlsx'))).toMatchObject(understood);
      // Printed by LibreOffice, every page says which page it is.
      const text = await pdfText(await convertWithLibreOffice(response.rawPayload, 'xlsx', 'pdf'));
      expect(text).toMatch(/Sida 1 av \d+/);
    },
  );

  it.each(OFFICE_FILES.filter((file) => file.kind === 'docx').map((file) => [file.url(NAMED), file] as const))(
    '%s: Swedish, sans-serif, the organisation in the header, "Sida X av Y" in the footer, and a title page where the document has one',
    async (_name, file) => {
      const response = await coordinator.get(file.url(ids));
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
      const facts = await docxPageFacts(response.rawPayload);
      expect(facts.language).toBe('sv-SE');
      expect(facts.font).toBe('Arial');
      expect(facts.headerText).toContain(organizationName);
      expect(facts.footerFields).toEqual(expect.arrayContaining(['PAGE', 'NUMPAGES']));
      expect(facts.titlePage).toBe(file.titlePage);

      const pdf = await convertWithLibreOffice(response.rawPayload, 'docx', 'pdf');
      const text = (await pdfText(pdf)).replace(/\u00a0/g, ' ');
      // The title page has no page number; the page after it is page 2.
      if (file.titlePage) {
        expect(text).toMatch(/Sida 2 av \d+/);
        expect(text).not.toMatch(/Sida 1 av/);
      } else {
        expect(text).toMatch(/Sida 1 av \d+/);
      }
      if (file.route.includes('/meetings/')) {
        // The kallelse lists its papers per item; the protokoll has §-numbered items and the justering line.
        expect(text).toContain('Ledningsgruppen (OLG)');
        expect(text).toMatch(file.route.endsWith('agenda.docx') ? /Kallelse:[\s\S]*Dagordning[\s\S]*Förslag till beslut/ : /Protokoll:[\s\S]*§ 1 [\s\S]*Justeras/);
      }
      // Arial is drawn in a sans-serif face (Liberation Sans in LibreOffice), never a serif fallback.
      const fonts = await pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font).not.toMatch(/Serif|Times|Roman/);
    },
  );

  it.each(CSV_EXPORTS)('%s as CSV keeps every cell whole when LibreOffice splits on semicolon, comma and tab', async (url) => {
    const response = await coordinator.get(`${url}?format=csv`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const ours = readCsv(response.rawPayload);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await convertWithLibreOffice(response.rawPayload, 'csv', 'xlsx', SPLIT_ON_SEMICOLON_COMMA_TAB)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const text = (row: number, column: number) => sheet.getRow(row).getCell(column).text.replace(/^\uFEFF/, '');
    expect(sheet.actualColumnCount).toBeLessThanOrEqual(ours.header.length);
    ours.header.forEach((header, column) => expect(text(1, column + 1)).toBe(header));
    let withComma = 0;
    for (const row of ours.rows) {
      row.cells.forEach((cell, column) => {
        if (typeof cell !== 'string' || !/[,\t]/.test(cell)) return;
        withComma++;
        expect(text(row.rowNumber, column + 1)).toBe(cell);
      });
    }
    // The demo's systems have text with commas, so there the check above checked something (the
    // demo's integrations, welfare technology and supplier demos have none).
    if (url === '/api/v1/systems/export') expect(withComma).toBeGreaterThan(0);
  });
});
