import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCalculationInput } from '@domain/cost-benefit.contracts';
import type { TLibraryEntry, TLibraryPage, TLibraryPreview } from '@domain/library.contracts';
import { createTestApp, type TestApp } from '@test/test-app';
import { FAKE_PERSONNUMMER } from '@test/factories';
import { initiativeThroughDecision } from '@test/initiatives';
import { auditEventsIn } from '@test/audit';
import { fewerVisits } from '@server/modules/benefits/benefits.test-support';
import { buildAdminScene, type AdminScene } from '@server/modules/organizations/org-admin.test-support';
import { withAdmin } from '@server/platform/tests/tenant-ids';

const calc: TCalculationInput = {
  startYear: 2025,
  years: 2,
  discountRate: '3',
  costs: [{ kind: 'per_unit', label: 'Läkemedelsrobotar', fromYear: 2025, toYear: 2025, quantity: '10', unitAmount: '40 000' }],
  benefits: [{ kind: 'hours_saved', label: 'Tid för läkemedel', fromYear: 2025, toYear: 2026, lowQuantity: '500', highQuantity: '900', lowUnitAmount: '450', highUnitAmount: '450' }],
  outcome: [{ year: 2025, cost: '420 000', benefit: '150 000' }],
};

describe('the shared library across two organisations', () => {
  let t: TestApp;
  let s: AdminScene;
  let initiativeId: string;
  let directiveId: string;
  let publisherName: string;
  const everything = () => ({ initiativeId, includeCalculation: true, includeBenefits: true, includeLessons: true, documentIds: [directiveId], technologies: ['Läkemedelsrobot'], contact: null });

  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    const coordinator = s.clients.coordinator;
    initiativeId = await initiativeThroughDecision(t.db, s.org, coordinator, {
      title: 'Läkemedelsrobotar i hemtjänsten',
      need: { problem: 'Många läkemedelsbesök i hemtjänsten tar tid från annat.', expectedBenefit: 'Färre missade doser och färre besök.' },
    });
    await coordinator.put(`/api/v1/initiatives/${initiativeId}/calculation`, calc, { ifMatch: 0 });
    const benefit = (await coordinator.post(`/api/v1/initiatives/${initiativeId}/benefits`, fewerVisits(coordinator.userId))).json<{ id: string }>();
    await coordinator.post(`/api/v1/initiatives/${initiativeId}/benefits/${benefit.id}/measurements`, { measuredOn: '2025-06-30', value: '950', comment: 'Mätt av Cecilia' });
    await coordinator.post(`/api/v1/initiatives/${initiativeId}/lessons`, { worked: 'Utbildningen av personalen före start.', didNotWork: 'Wifi saknades hos några brukare.', advice: 'Börja med tio robotar.' });
    publisherName = await withAdmin(t.adminUrl, async (c) => (await c.query<{ name: string }>('select name from organizations where id = $1', [s.org.id])).rows[0]!.name);
    directiveId = (await coordinator.post(`/api/v1/initiatives/${initiativeId}/documents`, { kind: 'project_directive' })).json<{ id: string }>().id;
  });
  afterAll(async () => t.close());

  it('shows the coordinator exactly what would be shared, with nobody’s name unless she adds a contact, and writes nothing', async () => {
    const preview = await s.clients.coordinator.post('/api/v1/library/preview', everything());
    expect(preview.statusCode, preview.body).toBe(200);
    const { snapshot, organizationName } = preview.json<TLibraryPreview>();
    expect(organizationName).toBe(publisherName);
    expect(snapshot).toMatchObject({ title: 'Läkemedelsrobotar i hemtjänsten', problem: 'Många läkemedelsbesök i hemtjänsten tar tid från annat.', form: 'project', stageReached: 1, technologies: ['Läkemedelsrobot'], focusAreas: ['Effektivitet'], contact: null });
    expect(snapshot.calculation?.result.low.totalCost).toBe('40000000');
    expect(snapshot.benefits[0]).toMatchObject({ description: 'Färre fysiska nattbesök', measurements: [{ measuredOn: '2025-06-30', value: '950' }] });
    expect(snapshot.lessons).toEqual([{ worked: 'Utbildningen av personalen före start.', didNotWork: 'Wifi saknades hos några brukare.', advice: 'Börja med tio robotar.' }]);
    expect(snapshot.documents[0]!.title).toBe('Projektdirektiv');
    // Owner, benefit owner, who measured and the directive's people fields are never read into it.
    expect(JSON.stringify(snapshot)).not.toMatch(/Anna Ägare|Cecilia|Mätt av/);
    const withContact = await s.clients.coordinator.post('/api/v1/library/preview', { ...everything(), includeLessons: false, contact: { name: 'Cecilia Utvecklingsledare', email: 'cecilia@exempel.se' } });
    expect(withContact.json<TLibraryPreview>().snapshot).toMatchObject({ lessons: [], contact: { name: 'Cecilia Utvecklingsledare', email: 'cecilia@exempel.se', role: '' } });
    expect((await s.clients.otherAdmin.get('/api/v1/library')).json<TLibraryPage>().total).toBe(0);
  });

  it('refuses a preview whose shared text holds a personnummer, naming each field, and lets only the coordinator of the initiative’s organisation preview', async () => {
    await withAdmin(t.adminUrl, (c) => c.query(`update benefit_lessons set advice = $1 where initiative_id = $2`, [`Fråga om ${FAKE_PERSONNUMMER}`, initiativeId]));
    const refused = await s.clients.coordinator.post('/api/v1/library/preview', everything());
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'unprocessable', errors: [{ path: 'snapshot.lessons.0.advice', code: 'personal_number' }] });
    // Without the lessons nothing of it would be shared.
    expect((await s.clients.coordinator.post('/api/v1/library/preview', { ...everything(), includeLessons: false })).statusCode).toBe(200);
    expect((await s.clients.coordinator.post('/api/v1/library', everything())).statusCode).toBe(422);
    await withAdmin(t.adminUrl, (c) => c.query(`update benefit_lessons set advice = 'Börja med tio robotar.' where initiative_id = $1`, [initiativeId]));
    expect((await s.clients.staff.post('/api/v1/library/preview', everything())).statusCode).toBe(403);
    expect((await s.clients.otherAdmin.post('/api/v1/library/preview', everything())).statusCode).toBe(404);
    expect((await s.clients.coordinator.post('/api/v1/library/preview', { ...everything(), documentIds: [initiativeId] })).json()).toMatchObject({ errors: [{ path: 'body.documentIds.0', code: 'not_found' }] });
  });

  it('publishes a snapshot that another organisation finds by a Swedish search and filters, with the publisher’s name, copies as its own need, and the publisher sees the reuse', async () => {
    const published = await s.clients.coordinator.post('/api/v1/library', everything());
    expect(published.statusCode, published.body).toBe(201);
    const entry = published.json<TLibraryEntry>();
    expect(entry).toMatchObject({ mine: true, status: 'published', version: 1, initiativeId, reuseCount: 0 });
    expect((await s.clients.coordinator.post('/api/v1/library', everything())).statusCode).toBe(409);
    expect((await auditEventsIn(t.db, s.org.id, entry.id)).map((e) => e.action)).toEqual(['library_entry.published']);

    // A snapshot, not live: a later change to the initiative is not shared until it is updated.
    await withAdmin(t.adminUrl, (c) => c.query(`update benefit_lessons set worked = 'Något helt annat' where initiative_id = $1`, [initiativeId]));

    const other = s.clients.otherAdmin;
    const found = (await other.get(`/api/v1/library?q=${encodeURIComponent('läkemedelsrobot')}`)).json<TLibraryPage>();
    expect(found.items.map((hit) => hit.id)).toEqual([entry.id]);
    expect(found.items[0]).toMatchObject({ organizationName: publisherName, mine: false, stageReached: 1, hasOutcome: true });
    expect((await other.get(`/api/v1/library?q=${encodeURIComponent('utbildningen')}`)).json<TLibraryPage>().total).toBe(1);
    expect((await other.get(`/api/v1/library?q=blockkedja`)).json<TLibraryPage>().total).toBe(0);
    expect((await other.get(`/api/v1/library?technology=${encodeURIComponent('Läkemedelsrobot')}&focusArea=Effektivitet&hasOutcome=true&stage=1`)).json<TLibraryPage>().total).toBe(1);
    expect((await other.get('/api/v1/library?stage=4')).json<TLibraryPage>().total).toBe(0);
    expect((await other.get('/api/v1/library/filters')).json()).toEqual({ technologies: ['Läkemedelsrobot'], focusAreas: ['Effektivitet'] });

    const read = (await other.get(`/api/v1/library/${entry.id}`)).json<TLibraryEntry>();
    expect(read).toMatchObject({ mine: false, initiativeId: null, choices: null, reuseCount: null });
    expect(read.snapshot.lessons[0]!.worked).toBe('Utbildningen av personalen före start.');
    expect(JSON.stringify(read)).not.toContain(s.org.id);

    const copied = await other.post(`/api/v1/library/${entry.id}/copy-as-need`);
    expect(copied.statusCode, copied.body).toBe(201);
    const need = (await other.get(`/api/v1/needs/${copied.json<{ needId: string }>().needId}`)).json<{ title: string; problem: string; attachments?: unknown }>();
    expect(need.title).toBe('Läkemedelsrobotar i hemtjänsten');
    expect(need.problem).toContain(`Kopierat från biblioteket: ”Läkemedelsrobotar i hemtjänsten” (${publisherName})`);
    expect((await other.get(`/api/v1/needs/${copied.json<{ needId: string }>().needId}/library-origin`)).json()).toMatchObject({ origin: { libraryEntryId: entry.id, title: 'Läkemedelsrobotar i hemtjänsten' } });
    expect((await s.clients.coordinator.get(`/api/v1/needs/${copied.json<{ needId: string }>().needId}/library-origin`)).statusCode).toBe(404);
    // The copy is the copier's own need; the publisher's organisation got nothing new but the count.
    expect((await s.clients.coordinator.get(`/api/v1/library/${entry.id}`)).json<TLibraryEntry>().reuseCount).toBe(1);
    expect((await s.clients.coordinator.get(`/api/v1/initiatives/${initiativeId}/library-entry`)).json()).toMatchObject({ entry: { id: entry.id, reuseCount: 1 } });
  });

  it('lets only the publisher update or withdraw, and a withdrawn entry is gone from search and copying at once', async () => {
    const [hit] = (await s.clients.otherAdmin.get('/api/v1/library')).json<TLibraryPage>().items;
    const id = hit!.id;
    expect((await s.clients.otherAdmin.put(`/api/v1/library/${id}`, { includeLessons: false }, { ifMatch: 1 })).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.post(`/api/v1/library/${id}/withdraw`, undefined, { ifMatch: 1 })).statusCode).toBe(404);
    expect((await s.clients.staff.post(`/api/v1/library/${id}/withdraw`, undefined, { ifMatch: 1 })).statusCode).toBe(403);

    const updated = await s.clients.coordinator.put(`/api/v1/library/${id}`, { includeCalculation: true, includeLessons: true }, { ifMatch: 1 });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json<TLibraryEntry>()).toMatchObject({ version: 2, snapshot: { lessons: [{ worked: 'Något helt annat' }], benefits: [], documents: [] } });
    expect((await s.clients.coordinator.put(`/api/v1/library/${id}`, { includeLessons: true }, { ifMatch: 1 })).statusCode).toBe(412);
    expect((await s.clients.coordinator.put(`/api/v1/library/${id}`, { includeLessons: true })).statusCode).toBe(428);

    const withdrawn = await s.clients.coordinator.post(`/api/v1/library/${id}/withdraw`, undefined, { ifMatch: 2 });
    expect(withdrawn.json<TLibraryEntry>()).toMatchObject({ status: 'withdrawn', version: 3, reuseCount: 1 });
    expect((await s.clients.otherAdmin.get('/api/v1/library')).json<TLibraryPage>().total).toBe(0);
    expect((await s.clients.otherAdmin.get(`/api/v1/library/${id}`)).statusCode).toBe(404);
    expect((await s.clients.otherAdmin.post(`/api/v1/library/${id}/copy-as-need`)).statusCode).toBe(404);
    expect((await s.clients.coordinator.get(`/api/v1/library/${id}`)).json<TLibraryEntry>().status).toBe('withdrawn');
    expect((await s.clients.coordinator.get(`/api/v1/initiatives/${initiativeId}/library-entry`)).json()).toEqual({ entry: null });
    expect((await auditEventsIn(t.db, s.org.id, id)).map((e) => e.action).sort()).toEqual(['library_entry.published', 'library_entry.updated', 'library_entry.withdrawn']);
    // Published again later, it is a new entry.
    expect((await s.clients.coordinator.post('/api/v1/library', everything())).statusCode).toBe(201);
  });

  it('refuses bad search input with a Swedish problem, never a server error', async () => {
    for (const query of ['stage=9', 'limit=0', 'hasOutcome=kanske', `q=${'a'.repeat(201)}`]) {
      const response = await s.clients.viewer.get(`/api/v1/library?${query}`);
      expect(response.statusCode, query).toBe(400);
    }
    expect((await s.clients.viewer.get(`/api/v1/library?q=${encodeURIComponent('"&|!:*()<>')}`)).statusCode).toBe(200);
    expect((await s.clients.viewer.get('/api/v1/library?cursor=inte-en-markör')).statusCode).toBe(200);
  });
});
