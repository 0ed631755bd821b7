import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { TSearchResults } from '@domain/search.contracts';
import { createTestApp, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, type TestNeed } from '@test/factories';
import { inTenant } from '@server/platform/tenancy/context';
import { initiativeDocuments } from '@server/modules/documents/documents.tables';
import { buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';
import { buildInitiative, systemBody } from '@server/modules/systems/registers.test-support';

describe('the search box in the header', () => {
  let t: TestApp;
  let s: AdminScene;
  let need: TestNeed;
  let initiativeId: string;
  let systemId: string;
  let documentId: string;
  let otherNeed: TestNeed;

  const search = async (q: string, client = s.clients.viewer) => {
    const response = await client.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(response.statusCode).toBe(200);
    return response.json<TSearchResults>();
  };
  const addDocument = async (organizationId: string, forInitiative: string, background: string) => {
    const id = uuidv7();
    await inTenant({ db: t.db, organizationId }, (tx) =>
      tx.insert(initiativeDocuments).values({ organizationId, id, initiativeId: forInitiative, kind: 'project_directive', fields: { background }, updatedByName: 'Petra Projektledare' }),
    );
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    need = await buildNeed(t.db, s.org, s.members.staff.id, { title: 'Digitala trygghetskameror i nattillsynen' });
    initiativeId = await buildInitiative(t.db, s.org, s.members.staff.id, 'Nyckelfria lås i hemtjänsten');
    const system = await s.clients.coordinator.post('/api/v1/systems', systemBody({ name: 'Lifecare', purpose: 'Dokumentation av insatser i hemtjänsten' }));
    systemId = system.json<{ id: string }>().id;
    documentId = await addDocument(s.org.id, initiativeId, 'Fallsensorer ska minska antalet fallolyckor på boendet.');

    // Another organisation with the very same words everywhere.
    const otherStaff = await buildMember(t.db, s.other.id, ['staff'], 'Otto Annanstans');
    otherNeed = await buildNeed(t.db, s.other, otherStaff.id, { title: 'Digitala trygghetskameror i nattillsynen' });
    const otherInitiative = await buildInitiative(t.db, s.other, otherStaff.id, 'Nyckelfria lås i hemtjänsten');
    await s.clients.otherAdmin.post('/api/v1/systems', systemBody({ name: 'Lifecare', purpose: 'Dokumentation av insatser i hemtjänsten' }));
    await addDocument(s.other.id, otherInitiative, 'Fallsensorer ska minska antalet fallolyckor på boendet.');
  });
  afterAll(async () => t.close());

  it('finds a need by its number written as B-12, b12 or 12, first in the list', async () => {
    for (const q of [`B-${need.number}`, `b${need.number}`, ` ${need.number} `]) {
      const results = await search(q);
      expect(results.needs?.[0]).toMatchObject({ id: need.id, number: need.number, title: 'Digitala trygghetskameror i nattillsynen' });
    }
  });

  it('finds needs, initiatives, systems and documents by Swedish words in other inflections', async () => {
    expect((await search('trygghetskamera')).needs?.map((hit) => hit.id)).toEqual([need.id]);
    const results = await search('hemtjänst');
    expect(results.initiatives).toMatchObject([{ id: initiativeId, title: 'Nyckelfria lås i hemtjänsten', status: 'active' }]);
    expect(results.systems).toEqual([{ id: systemId, name: 'Lifecare', supplier: expect.any(String) }]);
    expect((await search('fallolycka')).documents).toEqual([{ id: documentId, initiativeId, initiativeTitle: 'Nyckelfria lås i hemtjänsten', kind: 'project_directive' }]);
  });

  it('finds the initiative that came from a need by the need number', async () => {
    const initiativeNeed = (await search('nyckelfria')).initiatives?.[0];
    expect(initiativeNeed?.needNumber).toEqual(expect.any(Number));
    const results = await search(`B-${initiativeNeed!.needNumber}`);
    expect(results.initiatives?.[0]?.id).toBe(initiativeId);
  });

  it("never finds another organisation's needs, initiatives, systems or documents, and they never find ours", async () => {
    for (const q of ['trygghetskameror', 'hemtjänsten', 'fallsensorer', 'lifecare', `B-${otherNeed.number}`]) {
      const ours = await search(q);
      const theirs = await search(q, s.clients.otherAdmin);
      const ourIds = [...(ours.needs ?? []), ...(ours.initiatives ?? []), ...(ours.systems ?? []), ...(ours.documents ?? [])].map((hit) => hit.id);
      const theirIds = [...(theirs.needs ?? []), ...(theirs.initiatives ?? []), ...(theirs.systems ?? []), ...(theirs.documents ?? [])].map((hit) => hit.id);
      expect(ourIds.length).toBeGreaterThan(0);
      expect(theirIds.length).toBeGreaterThan(0);
      expect(ourIds.filter((id) => theirIds.includes(id))).toEqual([]);
    }
    expect((await search('trygghetskameror', s.clients.otherAdmin)).needs?.map((hit) => hit.id)).toEqual([otherNeed.id]);
  });

  it('tells a person what is wrong with a search that is empty, too short or too long, as problem+json', async () => {
    for (const path of ['/api/v1/search', '/api/v1/search?q=', '/api/v1/search?q=%20a%20', `/api/v1/search?q=${'a'.repeat(201)}`]) {
      const response = await s.clients.viewer.get(path);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers search operators, quotes and odd characters with hits or an empty list, never an error', async () => {
    for (const q of ['"trygghetskameror i"', 'kamera OR lås', '-hemtjänst', "'; drop table needs; --", '&|!:*()<>', '🙂 ☃', 'B-', 'B-99999999999']) {
      const results = await search(q);
      expect(Array.isArray(results.needs)).toBe(true);
    }
  });

  it('is only for people who are logged in', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/search?q=hemtjänst' });
    expect(response.statusCode).toBe(401);
  });
});
