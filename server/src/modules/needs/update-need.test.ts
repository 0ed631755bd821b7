import type { Role } from '@domain/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, type TestOrganization, FAKE_PERSONNUMMER, logInNewMember } from '@test/factories';
import { createTestApp, type ApiClient, type TestApp } from '@test/test-app';
import { auditOf, setNeedColumns, submitThroughApi } from '@server/modules/needs/needs.test-support';

describe('reading and changing a need', () => {
  let t: TestApp;
  let org: TestOrganization;
  let coordinator: ApiClient;
  let submitter: ApiClient;
  let colleague: ApiClient;
  let viewer: ApiClient;
  let outsider: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const otherOrg = await buildOrganization(t.db);
    const as = (organizationId: string, roles: Role[]) => logInNewMember(t, organizationId, roles);
    coordinator = await as(org.id, ['coordinator']);
    submitter = await as(org.id, ['staff']);
    colleague = await as(org.id, ['staff']);
    viewer = await as(org.id, ['viewer']);
    outsider = await as(otherOrg.id, ['coordinator']);
  });
  afterAll(async () => t.close());

  it('shows a need with its ETag and the actions each reader may take', async () => {
    const need = await submitThroughApi(submitter);
    const own = await submitter.get(`/api/v1/needs/${need.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.headers.etag).toBe('"1"');
    expect(own.json().permissions).toEqual({ canEdit: true, canComment: true, canMerge: false, canSupport: false, canAssess: false, canDecide: false, canDelete: true, canRedact: false });
    expect((await colleague.get(`/api/v1/needs/${need.id}`)).json().permissions).toMatchObject({ canEdit: false, canSupport: true, canComment: true });
    expect((await coordinator.get(`/api/v1/needs/${need.id}`)).json().permissions).toEqual({
      canEdit: true,
      canComment: true,
      canMerge: true,
      canSupport: true,
      canAssess: true,
      canDecide: true,
      canDelete: true,
      canRedact: true,
    });
    expect((await viewer.get(`/api/v1/needs/${need.id}`)).json().permissions).toEqual({
      canEdit: false,
      canComment: false,
      canMerge: false,
      canSupport: false,
      canAssess: false,
      canDecide: false,
      canDelete: false,
      canRedact: false,
    });
  });

  it('returns 404 when a coordinator of another organisation reads the need', async () => {
    const need = await submitThroughApi(submitter);
    const response = await outsider.get(`/api/v1/needs/${need.id}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });

  it('answers 404 for an unknown need and 400 for an id that is not a uuid', async () => {
    expect((await coordinator.get('/api/v1/needs/0190c7a0-5b1e-7c3d-8e4f-a1b2c3d4e5f6')).statusCode).toBe(404);
    expect((await coordinator.get('/api/v1/needs/B-12')).statusCode).toBe(400);
  });

  it('lets the submitter change her need while it is still submitted', async () => {
    const need = await submitThroughApi(submitter);
    const response = await submitter.patch(`/api/v1/needs/${need.id}`, { title: 'Digital nattillsyn för fler', affectedGroups: ['relatives'] }, { ifMatch: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.json()).toMatchObject({ title: 'Digital nattillsyn för fler', affectedGroups: ['relatives'], version: 2 });
  });

  it('answers 409 when the submitter edits her need after it has been assessed, and lets the coordinator', async () => {
    const need = await submitThroughApi(submitter);
    await setNeedColumns(t.db, need.id, { status: 'assessed' });
    const mine = await submitter.patch(`/api/v1/needs/${need.id}`, { title: 'Ändrad titel' }, { ifMatch: 1 });
    expect(mine.statusCode).toBe(409);
    expect(mine.json().code).toBe('invalid_state');
    const coordinated = await coordinator.patch(`/api/v1/needs/${need.id}`, { unitIds: [org.unitId], focusAreaIds: [org.focusAreaId] }, { ifMatch: 1 });
    expect(coordinated.statusCode).toBe(200);
    expect(coordinated.json()).toMatchObject({ units: [{ id: org.unitId }], focusAreas: [{ id: org.focusAreaId }], status: 'assessed' });
  });

  it("answers 403 when a colleague or a viewer edits someone else's need", async () => {
    const need = await submitThroughApi(submitter);
    expect((await colleague.patch(`/api/v1/needs/${need.id}`, { title: 'Kapad titel' }, { ifMatch: 1 })).statusCode).toBe(403);
    expect((await viewer.patch(`/api/v1/needs/${need.id}`, { title: 'Kapad titel' }, { ifMatch: 1 })).statusCode).toBe(403);
  });

  it('returns 404 when a coordinator of another organisation changes the need', async () => {
    const need = await submitThroughApi(submitter);
    expect((await outsider.patch(`/api/v1/needs/${need.id}`, { title: 'Kapad titel' }, { ifMatch: 1 })).statusCode).toBe(404);
  });

  it('answers 428 without If-Match and 412 to the second of two clients saving the same version', async () => {
    const need = await submitThroughApi(submitter);
    expect((await coordinator.patch(`/api/v1/needs/${need.id}`, { title: 'Utan If-Match' })).statusCode).toBe(428);
    const etag = (await coordinator.get(`/api/v1/needs/${need.id}`)).headers.etag as string;
    const first = await coordinator.patch(`/api/v1/needs/${need.id}`, { title: 'Först sparad' }, { ifMatch: etag });
    const second = await submitter.patch(`/api/v1/needs/${need.id}`, { title: 'Sparad för sent' }, { ifMatch: etag });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(412);
    expect(second.json().code).toBe('precondition_failed');
    expect((await coordinator.get(`/api/v1/needs/${need.id}`)).json().title).toBe('Först sparad');
  });

  it('refuses a personnummer in a changed text and keeps the need as it was', async () => {
    const need = await submitThroughApi(submitter);
    const response = await submitter.patch(`/api/v1/needs/${need.id}`, { expectedBenefit: `Gäller ${FAKE_PERSONNUMMER}` }, { ifMatch: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.expectedBenefit', code: 'personal_number' }] });
    expect((await submitter.get(`/api/v1/needs/${need.id}`)).json().version).toBe(1);
  });

  it('answers 400 for an invalid field and 422 for a unit of another organisation', async () => {
    const need = await submitThroughApi(submitter);
    const invalid = await submitter.patch(`/api/v1/needs/${need.id}`, { title: 'x', affectedGroups: [] }, { ifMatch: 1 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['body.title', 'body.affectedGroups']));
    const foreignUnit = await submitter.patch(`/api/v1/needs/${need.id}`, { unitIds: ['0190c7a0-5b1e-7c3d-8e4f-a1b2c3d4e5f6'] }, { ifMatch: 1 });
    expect(foreignUnit.statusCode).toBe(422);
    expect(foreignUnit.json().errors).toEqual([{ path: 'body.unitIds', code: 'not_found' }]);
  });

  it('writes need.updated with before and after to the audit log', async () => {
    const need = await submitThroughApi(submitter, { title: 'Före ändringen' });
    await submitter.patch(`/api/v1/needs/${need.id}`, { title: 'Efter ändringen' }, { ifMatch: 1 });
    const events = await auditOf(t.db, need.id);
    expect(events.map((e) => e.action)).toEqual(['need.submitted', 'need.updated']);
    expect(events[1]!.before).toMatchObject({ title: 'Före ändringen', version: 1 });
    expect(events[1]!.after).toMatchObject({ title: 'Efter ändringen', version: 2 });
  });

  it('leaves the version alone when nothing actually changed', async () => {
    const need = await submitThroughApi(submitter);
    const response = await submitter.patch(`/api/v1/needs/${need.id}`, { title: need.title }, { ifMatch: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.json().version).toBe(1);
  });
});
