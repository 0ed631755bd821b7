import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERSONNUMMER } from '@test/factories';
import ExcelJS from 'exceljs';
import type { TClassificationLabels, TClassificationView } from '@domain/information-classification.contracts';
import { createTestApp, type TestApp } from '@test/test-app';
import { readDocx } from '@test/docx-reader';
import { inTenant } from '@server/platform/tenancy/context';
import { auditActions, buildInitiativeWorld, type InitiativeWorld } from '@server/modules/initiative-access/initiative-work.test-support';
import { loadClassificationFacts } from '@server/modules/classification/load-classification-facts';

const classification = {
  confidentiality: { level: 3, justification: 'Bilder från brukarens hem.' },
  integrity: { level: 2, justification: 'Felaktiga tider ger missad tillsyn.' },
  availability: { level: 3, justification: 'Tillsynen ska ske varje natt.' },
  traceability: { level: 2, justification: 'Det ska gå att se vem som tittade.' },
  classifiedOn: '2026-01-15',
};

describe('information classification of an initiative', () => {
  let t: TestApp;
  let w: InitiativeWorld;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await buildInitiativeWorld(t);
    url = `/api/v1/initiatives/${w.initiativeId}/classification`;
  });
  afterAll(async () => t.close());

  it('starts unclassified, without requirements, and refuses to export requirements yet', async () => {
    const response = await w.viewer.get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"0"');
    expect(response.json<TClassificationView>()).toMatchObject({ current: null, history: [], requirements: [], canEdit: false });
    expect((await w.viewer.get(`${url}/requirements/export?format=xlsx`)).statusCode).toBe(409);
  });

  it('lets a coordinator classify, which yields the security requirements and completes the gate fact', async () => {
    expect((await w.coordinator.post(url, classification)).statusCode).toBe(428);
    const response = await w.coordinator.post(url, classification, { ifMatch: 0 });
    expect(response.statusCode).toBe(201);
    const view = response.json<TClassificationView>();
    expect(view.current).toMatchObject({ confidentiality: { level: 3 }, classifiedOn: '2026-01-15', classifiedBy: 'Cecilia Utvecklingsledare' });
    expect(view.requirements.map((r) => r.id)).toEqual(expect.arrayContaining(['K2', 'K4', 'T3']));
    const facts = await inTenant({ db: t.db, organizationId: w.org.id }, (tx) => loadClassificationFacts(tx, w.org.id, w.initiativeId));
    expect(facts).toEqual({ classificationComplete: true });
    expect(await auditActions(w.admin, w.initiativeId)).toContain('classification.created');
  });

  it('keeps the earlier classification as history when classifying again, and refuses a stale one', async () => {
    expect((await w.coordinator.post(url, classification, { ifMatch: 0 })).statusCode).toBe(412);
    const again = await w.coordinator.post(url, { ...classification, confidentiality: { level: 4, justification: 'Även ljud spelas in.' } }, { ifMatch: 1 });
    expect(again.statusCode).toBe(201);
    const view = again.json<TClassificationView>();
    expect(view.history.map((c) => c.confidentiality.level)).toEqual([4, 3]);
    expect(view.requirements.map((r) => r.id)).toContain('K6');
  });

  it('refuses a level above 4, a missing justification and a personnummer, saving nothing', async () => {
    const etag = (await w.viewer.get(url)).headers.etag as string;
    expect((await w.coordinator.post(url, { ...classification, integrity: { level: 5, justification: 'x' } }, { ifMatch: etag })).statusCode).toBe(400);
    expect((await w.coordinator.post(url, { ...classification, integrity: { level: 2, justification: ' ' } }, { ifMatch: etag })).statusCode).toBe(400);
    expect((await w.coordinator.post(url, { ...classification, integrity: { level: 2, justification: `Gäller ${FAKE_PERSONNUMMER} (testnummer)` } }, { ifMatch: etag })).statusCode).toBe(400);
    expect((await w.viewer.get(url)).headers.etag).toBe(etag);
  });

  it('refuses staff (403) and another organisation (404)', async () => {
    expect((await w.staff.post(url, classification, { ifMatch: 2 })).statusCode).toBe(403);
    expect((await w.outsider.get(url)).statusCode).toBe(404);
    expect((await w.outsider.post(url, classification, { ifMatch: 2 })).statusCode).toBe(404);
    expect((await w.outsider.get(`${url}/requirements/export?format=docx`)).statusCode).toBe(404);
  });

  it('exports the requirements as an Excel sheet, one requirement per row, audited', async () => {
    const response = await w.viewer.get(`${url}/requirements/export?format=xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Krav-vid-upphandling-[A-Za-z0-9._-]+\.xlsx"; filename\*=UTF-8''/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Krav vid upphandling')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Kravnummer', 'Aspekt', 'Gäller från nivå', 'Krav']);
    const ids = sheet.getColumn(1).values.slice(2);
    expect(ids).toEqual(expect.arrayContaining(['K4', 'K6', 'T3']));
    expect(await auditActions(w.admin, w.initiativeId)).toContain('classification.requirements_exported');
  });

  it('exports the requirements as a Word document with the classification and requirement tables', async () => {
    const response = await w.viewer.get(`${url}/requirements/export?format=docx`);
    expect(response.statusCode).toBe(200);
    const docx = await readDocx(response.rawPayload);
    expect(docx.headings.map((h) => h.text)).toEqual(['Krav vid upphandling', 'Informationsklassning', 'Säkerhetskrav']);
    expect(docx.tables[0]![0]).toEqual(['Aspekt', 'Nivå', 'Motivering']);
    expect(docx.tables[0]![1]).toEqual(['Konfidentialitet', '4 – Synnerligen allvarlig', 'Även ljud spelas in.']);
    expect(docx.tables[1]!.map((row) => row[0])).toContain('T3');
  });

  it('lets an administrator rename the levels, which every member reads and the exports use', async () => {
    const labels = { '0': 'Ingen', '1': 'Låg', '2': 'Måttlig', '3': 'Hög', '4': 'Mycket hög' };
    const defaults = await w.viewer.get('/api/v1/classification-labels');
    expect(defaults.json<TClassificationLabels>()).toMatchObject({ isDefault: true, version: 0, labels: { '3': 'Allvarlig' } });
    expect((await w.coordinator.put('/api/v1/classification-labels', labels, { ifMatch: 0 })).statusCode).toBe(403);
    expect((await w.admin.put('/api/v1/classification-labels', labels)).statusCode).toBe(428);
    expect((await w.admin.put('/api/v1/classification-labels', { ...labels, '2': '' }, { ifMatch: 0 })).statusCode).toBe(400);
    const saved = await w.admin.put('/api/v1/classification-labels', labels, { ifMatch: 0 });
    expect(saved.statusCode).toBe(200);
    expect((await w.admin.put('/api/v1/classification-labels', labels, { ifMatch: 0 })).statusCode).toBe(412);
    expect((await w.viewer.get('/api/v1/classification-labels')).json<TClassificationLabels>()).toMatchObject({ isDefault: false, version: 1, labels });
    expect((await w.outsider.get('/api/v1/classification-labels')).json<TClassificationLabels>().isDefault).toBe(true);
    const docx = await readDocx((await w.viewer.get(`${url}/requirements/export?format=docx`)).rawPayload);
    expect(docx.tables[0]![1]![1]).toBe('4 – Mycket hög');
    expect(await auditActions(w.admin, w.org.id)).toContain('classification_labels.updated');
  });
});
