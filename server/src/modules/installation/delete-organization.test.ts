import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildNeed, TEST_PASSWORD } from '@test/factories';
import { seedDemoQuietly } from '@test/demo';
import { inPlatform, inTenant } from '@server/platform/tenancy/context';
import { platformCreateOrganization } from '@server/modules/organizations/platform-create-organization';
import { withAdmin } from '@server/platform/tests/tenant-ids';
import type { TCreatedInstallationOrganization, TInstallationAuditList } from '@domain/installation.contracts';

/**
 * Rows of the organisation in every table that has an organization_id column (found in the
 * catalog, so a table added later is counted too), the audit log included, plus its own row.
 */
async function rowsOf(adminUrl: string, organizationId: string): Promise<Record<string, number>> {
  return withAdmin(adminUrl, async (client) => {
    const tables = await client.query<{ t: string }>(
      `select c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped
       where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    );
    const counts: Record<string, number> = {};
    for (const { t } of tables.rows) {
      counts[t] = Number((await client.query<{ n: string }>(`select count(*) as n from "${t}" where organization_id = $1`, [organizationId])).rows[0]!.n);
    }
    counts.organizations = Number((await client.query<{ n: string }>('select count(*) as n from organizations where id = $1', [organizationId])).rows[0]!.n);
    return counts;
  });
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const NEW_PASSWORD = 'ett-nytt-langt-losenord-for-admin';

describe('deleting an organisation', () => {
  let t: TestApp;
  let installer: ApiClient;
  let demoId: string;
  let other: TCreatedInstallationOrganization;
  beforeAll(async () => {
    t = await createTestApp();
    demoId = await seedDemoQuietly(t.db);
    const first = await platformCreateOrganization(t.db, { name: 'Driftkommunen', adminEmail: 'drift@drift.example', adminName: 'Drift', installationAdmin: true }, { id: null, name: 'test' });
    const once = await logInAs(t.app, 'drift@drift.example', first.oneTimePassword!);
    await once.post('/api/v1/auth/password', { currentPassword: first.oneTimePassword, newPassword: NEW_PASSWORD });
    installer = await logInAs(t.app, 'drift@drift.example', NEW_PASSWORD);
    other = (
      await installer.post('/api/v1/installation/organizations', {
        name: 'Grannkommunen', organizationNumber: '212000-1111', emailDomain: 'granne.example', adminName: 'Greta', adminEmail: 'greta@granne.example',
      })
    ).json<TCreatedInstallationOrganization>();
    const neighbour = await buildMember(t.db, other.organization.id, ['staff']);
    await buildNeed(t.db, { id: other.organization.id }, neighbour.id);
  }, 180_000);
  afterAll(async () => t.close());

  it('lets the demo organisation’s administrator delete it with everything, its audit log included, after typing its name, and leaves every other organisation as it was', async () => {
    const admin = await buildMember(t.db, demoId, ['admin']);
    const client = await logInAs(t.app, admin.email, TEST_PASSWORD);
    const name = (await client.get('/api/v1/organization')).json<{ name: string }>().name;
    const before = await rowsOf(t.adminUrl, demoId);
    expect(before.needs).toBeGreaterThan(0);
    expect(before.audit_events).toBeGreaterThan(0);
    const neighbourBefore = await rowsOf(t.adminUrl, other.organization.id);

    const wrong = await client.delete('/api/v1/organization', { rawBody: JSON.stringify({ confirmName: name.toUpperCase() + ' x' }), headers: { 'content-type': 'application/json' } });
    expect([wrong.statusCode, wrong.json().errors]).toEqual([422, [{ path: 'body.confirmName', code: 'name_mismatch' }]]);
    const afterRefusal = await rowsOf(t.adminUrl, demoId);
    expect(total(afterRefusal)).toBeGreaterThanOrEqual(total(before));
    expect(afterRefusal.needs).toBe(before.needs);

    const deleted = await client.request('DELETE', '/api/v1/organization', { confirmName: name });
    expect(deleted.statusCode, deleted.body).toBe(200);
    const after = await rowsOf(t.adminUrl, demoId);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    expect(Object.keys(after).length).toBeGreaterThan(40);
    expect(deleted.json<{ rows: Record<string, number> }>().rows.needs).toBe(before.needs);
    expect(await rowsOf(t.adminUrl, other.organization.id)).toEqual(neighbourBefore);

    // Her account belonged to the organisation alone: it is gone, and so is her session.
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: admin.email, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(401);
    const audit = (await installer.get('/api/v1/installation/audit-events')).json<TInstallationAuditList>();
    expect(audit.items[0]).toMatchObject({ action: 'installation.organization_deleted', organizationId: demoId, organizationName: name });
  });

  it('lets an installation administrator delete only a disabled organisation, all or nothing', async () => {
    const id = other.organization.id;
    const enabled = await installer.request('DELETE', `/api/v1/installation/organizations/${id}`, { confirmName: 'Grannkommunen' });
    expect([enabled.statusCode, enabled.json().errors]).toEqual([409, [{ path: 'params.id', code: 'not_disabled' }]]);
    expect((await installer.post(`/api/v1/installation/organizations/${id}/disable`)).statusCode).toBe(200);
    const before = await rowsOf(t.adminUrl, id);

    // A failure half-way (here: a trigger refusing to delete a need) leaves everything in place.
    await withAdmin(t.adminUrl, (c) =>
      c.query(`create function refuse_in_test() returns trigger language plpgsql as $$ begin raise exception 'refused in test'; end $$;
               create trigger refuse_in_test before delete on needs for each row execute function refuse_in_test();`),
    );
    const failed = await installer.request('DELETE', `/api/v1/installation/organizations/${id}`, { confirmName: 'Grannkommunen' });
    expect(failed.statusCode).toBe(500);
    expect(await rowsOf(t.adminUrl, id)).toEqual(before);
    await withAdmin(t.adminUrl, (c) => c.query('drop trigger refuse_in_test on needs; drop function refuse_in_test();'));

    const deleted = await installer.request('DELETE', `/api/v1/installation/organizations/${id}`, { confirmName: 'Grannkommunen' });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(total(await rowsOf(t.adminUrl, id))).toBe(0);
    expect((await installer.get('/api/v1/installation/organizations')).json().items.map((o: { name: string }) => o.name)).toEqual(['Driftkommunen']);
  });

  it('keeps the audit log append-only for the app: no direct delete, and the erasing function refuses a living organisation', async () => {
    const living = (await installer.get('/api/v1/installation/organizations')).json().items[0].id as string;
    const causeOf = (work: Promise<unknown>) => work.then(() => 'no error', (error: { cause?: { message?: string } }) => error.cause?.message);
    expect(await causeOf(inTenant({ db: t.db, organizationId: living }, (tx) => tx.execute(sql`delete from audit_events`)))).toMatch(/permission denied/);
    expect(await causeOf(inPlatform(t.db, (tx) => tx.execute(sql`select erase_audit_of_deleted_organization(${living})`)))).toMatch(/only after the organisation is deleted/);
  });
});
