import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERSONNUMMER } from '@test/factories';
import { createTestApp, type TestApp } from '@test/test-app';
import { auditEventsOf, buildAdminScene, NON_ADMIN_ROLES, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

describe('the organisation itself', () => {
  let t: TestApp;
  let s: AdminScene;
  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
  });
  afterAll(async () => t.close());

  it('shows a viewer her current organisation with an ETag', async () => {
    const response = await s.clients.viewer.get('/api/v1/organization');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: s.org.id, version: 1 });
    expect(response.headers.etag).toBe(`"${response.json().version}"`);
  });

  it('lets the administrator change the vision and records before and after', async () => {
    const current = (await s.clients.admin.get('/api/v1/organization')).json();
    const response = await s.clients.admin.patch(
      '/api/v1/organization',
      { vision: 'Trygg och självständig vardag med hjälp av digitala lösningar.', municipality: 'Exempelkommun' },
      { ifMatch: current.version },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ municipality: 'Exempelkommun', version: current.version + 1 });
    expect(response.headers.etag).toBe(`"${current.version + 1}"`);
    const [event] = (await auditEventsOf(t.db, s.org.id)).filter((e) => e.action === 'organization.updated');
    expect(event).toMatchObject({ before: { vision: current.vision, version: current.version }, after: { municipality: 'Exempelkommun' } });
  });

  it('answers 428 when the administrator sends no If-Match and 412 when it is stale', async () => {
    expect((await s.clients.admin.patch('/api/v1/organization', { name: 'Ny förvaltning' })).statusCode).toBe(428);
    expect((await s.clients.admin.patch('/api/v1/organization', { name: 'Ny förvaltning' }, { ifMatch: 0 })).statusCode).toBe(412);
  });

  it.each(NON_ADMIN_ROLES)('answers 403 when a %s tries to rename the organisation', async (role) => {
    const current = (await s.clients[role].get('/api/v1/organization')).json();
    const response = await s.clients[role].patch('/api/v1/organization', { name: 'Kapad förvaltning' }, { ifMatch: current.version });
    expect(response.statusCode).toBe(403);
    expect((await s.clients.admin.get('/api/v1/organization')).json().name).not.toBe('Kapad förvaltning');
  });

  it('changes only her own organisation when another organisation’s administrator saves', async () => {
    const theirs = (await s.clients.otherAdmin.get('/api/v1/organization')).json();
    expect(theirs.id).toBe(s.other.id);
    await s.clients.otherAdmin.patch('/api/v1/organization', { name: 'Annan förvaltning' }, { ifMatch: theirs.version });
    expect((await s.clients.admin.get('/api/v1/organization')).json().name).not.toBe('Annan förvaltning');
  });

  it('refuses a personnummer in the vision and an empty change', async () => {
    const current = (await s.clients.admin.get('/api/v1/organization')).json();
    const guarded = await s.clients.admin.patch('/api/v1/organization', { vision: `Som ${FAKE_PERSONNUMMER} sa` }, { ifMatch: current.version });
    expect(guarded.statusCode).toBe(400);
    expect(guarded.json()).toMatchObject({ code: 'personal_data_suspected', errors: [{ path: 'body.vision', code: 'personal_number' }] });
    const empty = await s.clients.admin.patch('/api/v1/organization', {}, { ifMatch: current.version });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('validation_failed');
  });
});
