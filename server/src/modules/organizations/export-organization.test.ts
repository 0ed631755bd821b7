import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '@test/test-app';
import { organizationFingerprint } from '@test/organization-fingerprint';
import { importOrganization } from '@server/platform/backup/organization-import';
import { auditEventsOf, buildAdminScene, NON_ADMIN_ROLES, type AdminScene } from '@server/modules/organizations/org-admin.test-support';

describe('an administrator exporting her organisation', () => {
  let t: TestApp;
  let s: AdminScene;
  let root: string;
  beforeAll(async () => {
    t = await createTestApp();
    s = await buildAdminScene(t);
    root = mkdtempSync(path.join(os.tmpdir(), 'digiplan-org-download-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(NON_ADMIN_ROLES)('answers 403 when a %s asks for the export', async (role) => {
    expect((await s.clients[role].get('/api/v1/organization/export')).statusCode).toBe(403);
  });

  it('downloads her organisation only, records the export, and the file brings it back after the organisation was deleted', async () => {
    const response = await s.clients.admin.get('/api/v1/organization/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/gzip');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="digiplan-organisation-\d{4}-\d{2}-\d{2}\.jsonl\.gz"$/);
    const lines = gunzipSync(response.rawPayload).toString('utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'digiplan-backup', organization: { id: s.org.id } });
    expect(lines.join('\n')).not.toContain(s.other.id);
    expect((await auditEventsOf(t.db, s.org.id)).map((e) => e.action)).toContain('organization.exported');

    const before = await organizationFingerprint(t.adminUrl, s.org.id);
    const file = path.join(root, 'org.jsonl.gz');
    writeFileSync(file, response.rawPayload);
    const organization = (await s.clients.admin.get('/api/v1/organization')).json<{ name: string }>();
    const deleted = await s.clients.admin.request('DELETE', '/api/v1/organization', { confirmName: organization.name });
    expect(deleted.statusCode).toBe(200);
    expect((await organizationFingerprint(t.adminUrl, s.org.id)).needs).toBe('0:d41d8cd98f00b204e9800998ecf8427e');

    await importOrganization(t.adminUrl, file);
    expect(await organizationFingerprint(t.adminUrl, s.org.id)).toEqual(before);
  });
});
