import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETION_MARKER } from '@domain/needs.contracts';
import type { TDocument } from '@domain/documents.contracts';
import type { TLesson } from '@domain/benefit-follow-up.contracts';
import { createTestApp, type TestApp } from '@test/test-app';
import { placesHolding } from '@test/whole-database';
import { buildInitiativeWorld, type InitiativeWorld } from '@server/modules/initiative-access/initiative-work.test-support';
import { auditEventsOf } from '@server/modules/organizations/org-admin.test-support';
import { systemBody, welfareTechBody } from '@server/modules/systems/registers.test-support';

describe('deleting a lesson, a supplier demo, a system and a document draft', () => {
  let t: TestApp;
  let w: InitiativeWorld;
  let initiativeUrl: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await buildInitiativeWorld(t);
    initiativeUrl = `/api/v1/initiatives/${w.initiativeId}`;
  });
  afterAll(async () => t.close());

  const demoBody = (reflection: string) => ({
    title: 'Leverantörsvisning hösten',
    heldOn: '2026-09-10',
    place: 'Kommunhuset, rum Qwzx',
    participants: [{ role: 'operations', name: 'Deltagare Plonkvist' }],
    presentations: [{ supplier: 'Leverantör Xyq', product: 'Produkt Xyq', forWhom: 'Alla', problemSolved: 'Nattbesök', difference: 'Ingen' }],
    reflection,
    needIds: [],
  });

  it('lets the utvecklingsledare delete a lesson after confirming, its texts gone from the whole database', async () => {
    const worked = 'Lärdom Zyxwvu: korta piloter fungerade.';
    const lesson = (await w.coordinator.post(`${initiativeUrl}/lessons`, { worked, didNotWork: 'Långa möten Zyxwvu.', advice: '' })).json<TLesson>();
    expect((await w.staff.delete(`${initiativeUrl}/lessons/${lesson.id}`)).statusCode).toBe(403);
    expect((await w.outsider.delete(`${initiativeUrl}/lessons/${lesson.id}`)).statusCode).toBe(404);
    expect((await w.coordinator.delete(`${initiativeUrl}/lessons/${lesson.id}`)).statusCode).toBe(204);
    expect((await w.viewer.get(`${initiativeUrl}/lessons`)).json<{ items: TLesson[] }>().items).toEqual([]);
    expect((await w.coordinator.delete(`${initiativeUrl}/lessons/${lesson.id}`)).statusCode).toBe(404);
    const audit = await auditEventsOf(t.db, lesson.id);
    expect(audit.map((event) => event.action)).toEqual(['lesson.created', 'lesson.deleted']);
    expect(audit[0]?.after).toMatchObject({ worked: DELETION_MARKER, didNotWork: DELETION_MARKER });
    expect(audit[1]).toMatchObject({ actorId: w.coordinator.userId, before: { id: lesson.id, initiativeId: w.initiativeId } });
    expect(await placesHolding(t.adminUrl, 'Zyxwvu')).toEqual([]);
  });

  it('lets a coordinator delete a supplier demo with its links to needs, keeping only its title and date in the audit log', async () => {
    const demo = (await w.coordinator.post('/api/v1/supplier-demos', demoBody('Reflektion Plonkvist om visningen.'))).json<{ id: string }>();
    const url = `/api/v1/supplier-demos/${demo.id}`;
    expect((await w.staff.delete(url)).statusCode).toBe(403);
    expect((await w.outsider.delete(url)).statusCode).toBe(404);
    expect((await w.coordinator.delete(url)).statusCode).toBe(204);
    expect((await w.viewer.get(url)).statusCode).toBe(404);
    const audit = await auditEventsOf(t.db, demo.id);
    expect(audit.at(-1)).toMatchObject({ action: 'supplier_demo.deleted', before: { title: 'Leverantörsvisning hösten', heldOn: '2026-09-10' } });
    for (const text of ['Plonkvist', 'Qwzx', 'Xyq']) expect(await placesHolding(t.adminUrl, text)).toEqual([]);
  });

  it('answers 409 naming the integrations, welfare technology and initiatives that use a system, and deletes it once they are gone', async () => {
    const purpose = 'Syfte Vbnmqa för tillsyn';
    const system = (await w.coordinator.post('/api/v1/systems', systemBody({ name: 'Tillsynssystem', purpose, initiativeLinks: [{ initiativeId: w.initiativeId, relation: 'introduced' }] }))).json<{ id: string }>();
    const other = (await w.coordinator.post('/api/v1/systems', systemBody({ name: 'Verksamhetssystem' }))).json<{ id: string }>();
    const integration = await w.coordinator.post('/api/v1/integrations', { fromSystemId: system.id, toSystemId: other.id, direction: 'one_way', information: 'Larm', method: 'manual', doubleEntry: false });
    expect(integration.statusCode).toBe(201);
    const welfare = await w.coordinator.post('/api/v1/welfare-tech', welfareTechBody({ systemId: system.id }));
    expect(welfare.statusCode).toBe(201);
    const url = `/api/v1/systems/${system.id}`;

    expect((await w.staff.delete(url)).statusCode).toBe(403);
    expect((await w.outsider.delete(url)).statusCode).toBe(404);
    const refused = await w.coordinator.delete(url);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ path: 'integrations', code: 'has_dependants', message: expect.stringContaining('Tillsynssystem → Verksamhetssystem') }),
      expect.objectContaining({ path: 'welfareTech', message: expect.stringContaining('Trygghetslarm') }),
      expect.objectContaining({ path: 'initiatives', message: expect.stringContaining('Tillsynskameror i ordinärt boende') }),
    ]);
    expect((await w.viewer.get(url)).statusCode).toBe(200);

    const system2 = (await w.viewer.get(url)).json();
    expect((await w.coordinator.delete(`/api/v1/integrations/${integration.json<{ id: string }>().id}`, { ifMatch: 1 })).statusCode).toBe(204);
    expect((await w.coordinator.delete(`/api/v1/welfare-tech/${welfare.json<{ id: string }>().id}`, { ifMatch: 1 })).statusCode).toBe(204);
    expect((await w.coordinator.put(url, systemBody({ name: 'Tillsynssystem', purpose, initiativeLinks: [] }), { ifMatch: system2.version })).statusCode).toBe(200);
    expect((await w.coordinator.delete(url)).statusCode).toBe(204);
    expect((await w.viewer.get(url)).statusCode).toBe(404);
    expect((await auditEventsOf(t.db, system.id)).at(-1)).toMatchObject({ action: 'system.deleted', actorId: w.coordinator.userId, before: { id: system.id, name: 'Tillsynssystem' } });
    expect(await placesHolding(t.adminUrl, 'Vbnmqa')).toEqual([]);
  });

  it('deletes a document draft with a note on the timeline, and answers 409 for a completed document', async () => {
    const url = `${initiativeUrl}/documents`;
    const draft = (await w.coordinator.post(url, { kind: 'status_report' })).json<TDocument>();
    const saved = await w.coordinator.put(`${url}/${draft.id}`, { status: 'draft', fields: { ...draft.fields, done: 'Läget Hjklöä är gott.' } }, { ifMatch: draft.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await w.viewer.delete(`${url}/${draft.id}`)).statusCode).toBe(403);
    expect((await w.outsider.delete(`${url}/${draft.id}`)).statusCode).toBe(404);
    expect((await w.coordinator.delete(`${url}/${draft.id}`)).statusCode).toBe(204);
    expect((await w.viewer.get(`${url}/${draft.id}`)).statusCode).toBe(404);
    expect(await placesHolding(t.adminUrl, 'Hjklöä')).toEqual([]);
    expect((await auditEventsOf(t.db, draft.id)).at(-1)).toMatchObject({ action: 'document.deleted', before: { kind: 'status_report' } });
    const timeline = (await w.viewer.get(`${initiativeUrl}/timeline`)).json<{ items: { kind: string }[] }>().items;
    expect(timeline.map((event) => event.kind)).toContain('document.deleted');

    const report = (await w.coordinator.post(url, { kind: 'status_report' })).json<TDocument>();
    expect((await w.coordinator.put(`${url}/${report.id}`, { status: 'completed', fields: report.fields }, { ifMatch: report.version })).statusCode).toBe(200);
    const refused = await w.coordinator.delete(`${url}/${report.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'status', code: 'completed' })]);
    expect((await w.viewer.get(`${url}/${report.id}`)).statusCode).toBe(200);
  });
});
