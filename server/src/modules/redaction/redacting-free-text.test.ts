import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTION_MARKER } from '@domain/needs.contracts';
import { REDACTABLE_KINDS, REDACTABLE_TEXT_FIELDS, type RedactableKind } from '@domain/redaction.contracts';
import type { TLesson } from '@domain/benefit-follow-up.contracts';
import { createTestApp, type ApiClient, type TestApp } from '@test/test-app';
import { placesHolding } from '@test/whole-database';
import { buildInitiativeWorld, type InitiativeWorld } from '@server/modules/initiative-access/initiative-work.test-support';
import { auditEventsOf } from '@server/modules/organizations/org-admin.test-support';
import { systemBody } from '@server/modules/systems/registers.test-support';

describe('masking personal data in a lesson, a system, a supplier demo and a risk', () => {
  let t: TestApp;
  let w: InitiativeWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await buildInitiativeWorld(t);
  });
  afterAll(async () => t.close());

  /** Creates a record of `kind` whose every redactable field holds `text`, then edits it once, so the text sits in several audit values. */
  const recordHolding: Record<RedactableKind, (as: ApiClient, text: string) => Promise<{ id: string; read: () => Promise<Record<string, unknown>> }>> = {
    lesson: async (as, text) => {
      const lesson = (await as.post(`/api/v1/initiatives/${w.initiativeId}/lessons`, { worked: text, didNotWork: text, advice: text })).json<TLesson>();
      const read = async () => (await w.viewer.get(`/api/v1/initiatives/${w.initiativeId}/lessons`)).json<{ items: TLesson[] }>().items.find((item) => item.id === lesson.id)!;
      return { id: lesson.id, read };
    },
    system: async (as, text) => {
      const body = systemBody({ name: `System ${text.slice(-6)}`, purpose: text, supportRoutine: text, ownerName: text, administratorName: text });
      const system = (await as.post('/api/v1/systems', body)).json<{ id: string; version: number }>();
      expect((await as.put(`/api/v1/systems/${system.id}`, { ...body, noticeMonths: 3 }, { ifMatch: system.version })).statusCode).toBe(200);
      return { id: system.id, read: async () => (await w.viewer.get(`/api/v1/systems/${system.id}`)).json() };
    },
    supplierDemo: async (as, text) => {
      const body = {
        title: 'Visning',
        heldOn: '2026-05-05',
        place: text,
        participants: [],
        presentations: [{ supplier: 'Leverantör', product: '', forWhom: '', problemSolved: '', difference: '' }],
        reflection: text,
        needIds: [],
      };
      const demo = (await as.post('/api/v1/supplier-demos', body)).json<{ id: string; version: number }>();
      expect((await as.put(`/api/v1/supplier-demos/${demo.id}`, { ...body, title: 'Visning i maj' }, { ifMatch: demo.version })).statusCode).toBe(200);
      return { id: demo.id, read: async () => (await w.viewer.get(`/api/v1/supplier-demos/${demo.id}`)).json() };
    },
    initiative: async (as, text) => {
      const url = `/api/v1/initiatives/${w.initiativeId}`;
      const current = (await as.get(url)).json<{ version: number; title: string; ownerName: string; plannedStartYear: number }>();
      const saved = await as.put(url, { title: current.title, description: text, ownerName: current.ownerName, plannedStartYear: current.plannedStartYear, plannedEndYear: null }, { ifMatch: current.version });
      expect(saved.statusCode, saved.body).toBe(200);
      return { id: w.initiativeId, read: async () => (await w.viewer.get(url)).json() };
    },
    risk: async (as, text) => {
      const url = `/api/v1/initiatives/${w.initiativeId}/risks`;
      const risk = (await as.post(url, { perspective: 'clients', description: text, likelihood: 2, consequence: 2, measures: text, ownerName: text, status: 'open' })).json<{ id: string }>();
      const read = async () => (await w.viewer.get(`/api/v1/initiatives/${w.initiativeId}/risk-analysis`)).json<{ risks: { id: string }[] }>().risks.find((item) => item.id === risk.id)!;
      return { id: risk.id, read };
    },
  };

  for (const kind of REDACTABLE_KINDS) {
    it(`lets a coordinator mask every free-text field of a ${kind}, the text then found nowhere in the database, audit log included`, async () => {
      const fields = REDACTABLE_TEXT_FIELDS[kind];
      const text = `Uppgift Qprst${kind} som slank in`;
      const created = await recordHolding[kind](w.coordinator, text);
      for (const field of fields) {
        const response = await w.coordinator.post('/api/v1/redactions', { kind, id: created.id, field, reason: 'Namn på brukare' });
        expect(response.statusCode, response.body).toBe(200);
      }
      const after = await created.read();
      for (const field of fields) expect(after[field]).toBe(REDACTION_MARKER);
      expect(await placesHolding(t.adminUrl, text)).toEqual([]);
      const audit = await auditEventsOf(t.db, created.id);
      const redactions = audit.filter((event) => event.action === 'text.redacted');
      expect(redactions).toHaveLength(fields.length);
      expect(redactions[0]).toMatchObject({ actorId: w.coordinator.userId, after: { field: fields[0], reason: 'Namn på brukare' } });
    });
  }

  it('answers 403 to staff, 404 for another organisation’s lesson, 400 for a field the registry lacks, and masks only the field asked for', async () => {
    const lesson = (await w.coordinator.post(`/api/v1/initiatives/${w.initiativeId}/lessons`, { worked: 'Fungerade Asdfgh.', didNotWork: 'Inget Lkjhgf.', advice: '' })).json<TLesson>();
    const request = (field: string) => ({ kind: 'lesson', id: lesson.id, field, reason: 'Namn på brukare' });
    expect((await w.staff.post('/api/v1/redactions', request('worked'))).statusCode).toBe(403);
    expect((await w.outsider.post('/api/v1/redactions', request('worked'))).statusCode).toBe(404);
    expect((await w.coordinator.post('/api/v1/redactions', request('initiativeId'))).statusCode).toBe(400);
    expect((await w.coordinator.post('/api/v1/redactions', { ...request('worked'), reason: '' })).statusCode).toBe(400);
    expect((await w.coordinator.post('/api/v1/redactions', request('worked'))).json()).toMatchObject({ kind: 'lesson', field: 'worked', version: 2 });
    expect(await placesHolding(t.adminUrl, 'Asdfgh')).toEqual([]);
    expect(await placesHolding(t.adminUrl, 'Lkjhgf')).not.toEqual([]);
    const found = (await w.viewer.get('/api/v1/lessons?q=Lkjhgf')).json<{ items: TLesson[] }>().items;
    expect(found.map((item) => item.worked)).toEqual([REDACTION_MARKER]);
  });
});
