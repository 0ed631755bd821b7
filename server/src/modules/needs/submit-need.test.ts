import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonalNumbers } from '@domain/personal-data';
import { buildMember, buildOrganization, type TestOrganization, FAKE_PERSONNUMMER } from '@test/factories';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { auditOf, FAKE_SAMORDNINGSNUMMER, needForm, submitThroughApi } from '@server/modules/needs/needs.test-support';

describe('submitting a need', () => {
  let t: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  let staff: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    other = await buildOrganization(t.db);
    const member = await buildMember(t.db, org.id, ['staff'], 'Siv Medarbetare');
    staff = await logInAs(t.app, member.email, member.password);
  });
  afterAll(async () => t.close());

  it('lets a medarbetare submit a need that gets a number, an ETag and her name', async () => {
    const response = await staff.post('/api/v1/needs', needForm({ unitIds: [org.unitId], focusAreaIds: [org.focusAreaId] }));
    expect(response.statusCode).toBe(201);
    const need = response.json();
    expect(response.headers.etag).toBe(`"${need.version}"`);
    expect(response.headers.location).toBe(`/api/v1/needs/${need.id}`);
    expect(need).toMatchObject({
      title: 'Digital nattillsyn i hemtjänsten',
      affectedGroups: ['care_recipients', 'staff'],
      units: [{ id: org.unitId, name: 'Hemtjänst' }],
      allUnits: false,
      focusAreas: [{ id: org.focusAreaId, name: 'Effektivitet' }],
      submittedBy: { id: staff.userId, name: 'Siv Medarbetare' },
      status: 'submitted',
      mergedInto: null,
      overall: null,
      quadrant: null,
      priority: null,
      supporterCount: 0,
      commentCount: 0,
      isSupportedByMe: false,
      version: 1,
      permissions: { canEdit: true, canComment: true, canMerge: false, canSupport: false, canAssess: false, canDecide: false },
    });
    expect(need.number).toBeGreaterThanOrEqual(1);
  });

  it('numbers the needs of an organisation 1, 2, 3 … without gaps or repeats when many submit at once', async () => {
    const fresh = await buildOrganization(t.db);
    const member = await buildMember(t.db, fresh.id, ['staff']);
    const client = await logInAs(t.app, member.email, member.password);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => submitThroughApi(client, { title: `Behov nummer ${i}` })));
    expect(results.map((n) => n.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('lets units and focus areas be left out', async () => {
    const need = await submitThroughApi(staff);
    expect(need).toMatchObject({ units: [], allUnits: false, focusAreas: [] });
  });

  it.each([
    ['title', { title: 'ab' }, 'body.title'],
    ['title', { title: 'x'.repeat(201) }, 'body.title'],
    ['problem', { problem: '' }, 'body.problem'],
    ['problem', { problem: 'x'.repeat(5001) }, 'body.problem'],
    ['expectedBenefit', { expectedBenefit: '   ' }, 'body.expectedBenefit'],
    ['affectedGroups', { affectedGroups: [] }, 'body.affectedGroups'],
    ['affectedGroups', { affectedGroups: ['staff', 'staff'] }, 'body.affectedGroups'],
    ['affectedGroups', { affectedGroups: ['citizens'] }, 'body.affectedGroups.0'],
    ['unitIds', { unitIds: ['not-a-uuid'] }, 'body.unitIds.0'],
    ['unitIds', { unitIds: 'not-a-list' }, 'body.unitIds'],
    ['focusAreaIds', { focusAreaIds: [42] }, 'body.focusAreaIds.0'],
    ['allUnits', { allUnits: 'ja' }, 'body.allUnits'],
  ])('answers 400 naming the field when %s is invalid (%j)', async (_field, override, path) => {
    const response = await staff.post('/api/v1/needs', needForm(override));
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('answers 400 for every missing field at once', async () => {
    const response = await staff.post('/api/v1/needs', {});
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.title', 'body.problem', 'body.expectedBenefit', 'body.affectedGroups']));
  });

  it('answers 422 when a unit or focus area belongs to another organisation', async () => {
    const response = await staff.post('/api/v1/needs', needForm({ unitIds: [org.unitId, other.unitId], focusAreaIds: [other.focusAreaId] }));
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { path: 'body.unitIds', code: 'not_found' },
      { path: 'body.focusAreaIds', code: 'not_found' },
    ]);
  });

  it('uses test numbers that the guard really recognises', () => {
    expect(findPersonalNumbers(FAKE_PERSONNUMMER)).toHaveLength(1);
    expect(findPersonalNumbers(FAKE_SAMORDNINGSNUMMER)).toHaveLength(1);
  });

  it('refuses a personnummer in the problem text, names the field and saves nothing', async () => {
    const title = 'Behov med personnummer i texten';
    const response = await staff.post('/api/v1/needs', needForm({ title, problem: `Gäller brukaren ${FAKE_PERSONNUMMER} på Solgården.` }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.problem', code: 'personal_number' }] });
    const list = await staff.get(`/api/v1/needs?q=${encodeURIComponent('personnummer texten')}`);
    expect(list.json().items).toEqual([]);
  });

  it('lists every field that holds a personnummer or samordningsnummer', async () => {
    const response = await staff.post(
      '/api/v1/needs',
      needForm({ title: `Brukare ${FAKE_SAMORDNINGSNUMMER}`, expectedBenefit: `Nytta för ${FAKE_PERSONNUMMER}` }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'body.title', code: 'personal_number' },
      { path: 'body.expectedBenefit', code: 'personal_number' },
    ]);
  });

  it('answers 403 when a viewer tries to submit a need', async () => {
    const viewer = await buildMember(t.db, org.id, ['viewer']);
    const client = await logInAs(t.app, viewer.email, viewer.password);
    const response = await client.post('/api/v1/needs', needForm());
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('forbidden');
  });

  it('writes a need.submitted event to the audit log', async () => {
    const need = await submitThroughApi(staff, { title: 'Läkemedelsrobot i ordinärt boende' });
    const events = await auditOf(t.db, need.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'need.submitted', actorId: staff.userId, entityType: 'need', organizationId: org.id });
    expect(events[0]!.after).toMatchObject({ title: 'Läkemedelsrobot i ordinärt boende', status: 'submitted' });
  });
});
