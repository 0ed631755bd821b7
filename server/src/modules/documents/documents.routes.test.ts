import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERSONNUMMER } from '@test/factories';
import { DOCUMENT_KINDS } from '@domain/gate-facts';
import { DOCUMENT_TEMPLATES } from '@domain/document-templates';
import type { TDocument, TDocumentList } from '@domain/documents.contracts';
import { createTestApp, type TestApp } from '@test/test-app';
import { readDocx } from '@test/docx-reader';
import { inTenant } from '@server/platform/tenancy/context';
import { auditActions, buildInitiativeWorld, type InitiativeWorld } from '@server/modules/initiative-access/initiative-work.test-support';
import { loadDocumentFacts } from '@server/modules/documents/load-document-facts';

describe('the documents of an initiative', () => {
  let t: TestApp;
  let w: InitiativeWorld;
  let url: string;
  let directive: TDocument;
  beforeAll(async () => {
    t = await createTestApp();
    w = await buildInitiativeWorld(t);
    url = `/api/v1/initiatives/${w.initiativeId}/documents`;
    await w.coordinator.post(`/api/v1/initiatives/${w.initiativeId}/risks`, { perspective: 'ethics', description: 'Kameran upplevs som övervakning.', likelihood: 2, consequence: 4 });
  });
  afterAll(async () => t.close());

  it('starts a projektdirektiv prefilled from the need, the decision, the owner and the risks', async () => {
    const response = await w.coordinator.post(url, { kind: 'project_directive' });
    expect(response.statusCode).toBe(201);
    directive = response.json<TDocument>();
    expect(directive).toMatchObject({ kind: 'project_directive', status: 'draft', version: 1, title: 'Projektdirektiv' });
    expect(directive.fields.background).toContain('Nattliga besök väcker brukare.');
    expect(directive.fields.background).toContain('Beslut: Hög nytta.');
    expect(directive.fields.purpose).toBe('Bättre sömn och färre resor.');
    expect(directive.fields.projectOwner).toBe('Anna Ägare');
    expect(directive.fields.risks).toBe('• Kameran upplevs som övervakning. (hög)');
    expect(await auditActions(w.admin, directive.id)).toContain('document.created');
  });

  it('allows one projektdirektiv but several statusrapporter', async () => {
    expect((await w.coordinator.post(url, { kind: 'project_directive' })).statusCode).toBe(409);
    expect((await w.coordinator.post(url, { kind: 'status_report' })).statusCode).toBe(201);
    expect((await w.coordinator.post(url, { kind: 'status_report' })).statusCode).toBe(201);
    const list = (await w.viewer.get(url)).json<TDocumentList>();
    expect(list.items.map((d) => d.kind)).toEqual(['project_directive', 'status_report', 'status_report']);
    expect(list.canEdit).toBe(false);
  });

  it('saves a draft, then marks it färdigställd, with If-Match (428, 412) and the audit', async () => {
    const docUrl = `${url}/${directive.id}`;
    const fields = { ...directive.fields, projectManager: 'Petra Projektledare', steeringGroup: 'OLG' };
    expect((await w.coordinator.put(docUrl, { fields, status: 'draft' })).statusCode).toBe(428);
    const draft = await w.coordinator.put(docUrl, { fields, status: 'draft' }, { ifMatch: 1 });
    expect(draft.statusCode).toBe(200);
    expect(draft.json<TDocument>()).toMatchObject({ status: 'draft', version: 2, fields: { projectManager: 'Petra Projektledare' } });
    expect((await w.coordinator.put(docUrl, { fields, status: 'completed' }, { ifMatch: 1 })).statusCode).toBe(412);
    const done = await w.coordinator.put(docUrl, { fields, status: 'completed' }, { ifMatch: 2 });
    expect(done.json<TDocument>()).toMatchObject({ status: 'completed', version: 3 });
    expect(done.json<TDocument>().completedAt).not.toBeNull();
    const facts = await inTenant({ db: t.db, organizationId: w.org.id }, (tx) => loadDocumentFacts(tx, w.org.id, w.initiativeId));
    expect(facts.documents.project_directive).toEqual({ count: 1, completed: 1 });
    expect(facts.documents.status_report).toEqual({ count: 2, completed: 0 });
    expect(facts.documents.final_report).toEqual({ count: 0, completed: 0 });
    expect(await auditActions(w.admin, directive.id)).toEqual(expect.arrayContaining(['document.updated', 'document.completed']));
    const timeline = (await w.coordinator.get(`/api/v1/initiatives/${w.initiativeId}/timeline`)).json<{ items: { kind: string; payload: { summary?: string } }[] }>();
    expect(timeline.items.map((event) => event.payload.summary)).toEqual(expect.arrayContaining(['Projektdirektiv påbörjades.', 'Projektdirektiv färdigställdes.']));
  });

  it('refuses unknown fields, a status colour outside grön/gul/röd and a personnummer, saving nothing', async () => {
    const report = (await w.viewer.get(url)).json<TDocumentList>().items.find((d) => d.kind === 'status_report')!;
    const reportUrl = `${url}/${report.id}`;
    expect((await w.coordinator.put(reportUrl, { fields: { salary: '1' }, status: 'draft' }, { ifMatch: 1 })).statusCode).toBe(400);
    expect((await w.coordinator.put(reportUrl, { fields: { status: 'Blå' }, status: 'draft' }, { ifMatch: 1 })).statusCode).toBe(400);
    expect((await w.coordinator.put(reportUrl, { fields: { done: `Besök hos ${FAKE_PERSONNUMMER} (testnummer)` }, status: 'draft' }, { ifMatch: 1 })).statusCode).toBe(400);
    expect((await w.coordinator.put(reportUrl, { fields: { status: 'Gul' }, status: 'finished' }, { ifMatch: 1 })).statusCode).toBe(400);
    expect((await w.viewer.get(reportUrl)).json<TDocument>().version).toBe(1);
    const ok = await w.coordinator.put(reportUrl, { fields: { period: 'Vecka 10–12', status: 'Gul' }, status: 'draft' }, { ifMatch: 1 });
    expect(ok.json<TDocument>().title).toBe('Statusrapport Vecka 10–12');
  });

  it('refuses staff and viewers who try to write (403) and another organisation (404)', async () => {
    expect((await w.staff.post(url, { kind: 'final_report' })).statusCode).toBe(403);
    expect((await w.viewer.put(`${url}/${directive.id}`, { fields: {}, status: 'draft' }, { ifMatch: 3 })).statusCode).toBe(403);
    expect((await w.outsider.get(url)).statusCode).toBe(404);
    expect((await w.outsider.get(`${url}/${directive.id}`)).statusCode).toBe(404);
    expect((await w.outsider.get(`${url}/${directive.id}/docx`)).statusCode).toBe(404);
    expect((await w.outsider.put(`${url}/${directive.id}`, { fields: {}, status: 'draft' }, { ifMatch: 3 })).statusCode).toBe(404);
  });

  it('downloads the projektdirektiv as a Word file with the organisation, headings and tables', async () => {
    const response = await w.viewer.get(`${url}/${directive.id}/docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Projektdirektiv-Tillsynskameror-i-ordinart-boende\.docx"; filename\*=UTF-8''Projektdirektiv-Tillsynskameror-i-ordin%C3%A4rt-boende\.docx$/);
    const docx = await readDocx(response.rawPayload);
    expect(docx.headings[0]).toEqual({ style: 'Title', text: 'Projektdirektiv: Tillsynskameror i ordinärt boende' });
    expect(docx.headings.slice(1).map((h) => h.text)).toEqual(DOCUMENT_TEMPLATES.project_directive.fields.map((f) => f.label));
    expect(docx.headings.slice(1).every((h) => h.style === 'Heading1')).toBe(true);
    expect(docx.tables[0]).toContainEqual(['Status', 'Färdigställd']);
    expect(docx.tables[1]).toEqual([['Risk'], ['Kameran upplevs som övervakning. (hög)']]);
    expect(docx.text).toContain('Petra Projektledare');
    expect(await auditActions(w.admin, directive.id)).toContain('document.downloaded');
  });

  it('generates a Word file for every kind of document that opens with its headings', async () => {
    for (const kind of DOCUMENT_KINDS.filter((k) => k !== 'project_directive' && k !== 'status_report')) {
      const created = (await w.coordinator.post(url, { kind })).json<TDocument>();
      const docx = await readDocx((await w.viewer.get(`${url}/${created.id}/docx`)).rawPayload);
      expect(docx.headings.map((h) => h.text)).toEqual([`${DOCUMENT_TEMPLATES[kind].title}: Tillsynskameror i ordinärt boende`, ...DOCUMENT_TEMPLATES[kind].fields.map((f) => f.label)]);
      expect(docx.tables.length).toBeGreaterThanOrEqual(1);
    }
  });
});
