import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestApp, type TestApp } from '@test/test-app';

describe('row-level security as the tenancy safety net', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('forces a tenant policy on every table that has an organization_id column', async () => {
    const client = new pg.Client({ connectionString: t.adminUrl });
    await client.connect();
    const { rows } = await client.query<{ table: string; enabled: boolean; forced: boolean; policies: number }>(`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped
      where n.nspname = 'public' and c.relkind in ('r', 'p')`);
    await client.end();
    expect(rows.length).toBeGreaterThan(5);
    const unprotected = rows.filter((r) => !r.enabled || !r.forced || r.policies === 0).map((r) => r.table);
    expect(unprotected).toEqual([]);
  });

  it('puts organization_id first in the primary key of every tenant table', async () => {
    const client = new pg.Client({ connectionString: t.adminUrl });
    await client.connect();
    const { rows } = await client.query<{ table: string; first: string }>(`
      select c.relname as table, a.attname as first
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum = k.conkey[1]
      where k.contype = 'p' and n.nspname = 'public'
        and exists (select 1 from pg_attribute o where o.attrelid = c.oid and o.attname = 'organization_id' and not o.attisdropped)`);
    await client.end();
    expect(rows.filter((r) => r.first !== 'organization_id')).toEqual([]);
  });

  it('shows the app role no tenant rows at all when no organisation is set', async () => {
    const { inPlatform } = await import('@server/platform/tenancy/context');
    const { buildOrganization } = await import('@test/factories');
    const { units } = await import('@server/modules/organizations/organizations.tables');
    await buildOrganization(t.db);
    const visibleToPlatform = await inPlatform(t.db, (tx) => tx.select().from(units));
    const visibleWithoutTenant = await t.db.select().from(units);
    expect(visibleToPlatform.length).toBeGreaterThan(0);
    expect(visibleWithoutTenant).toEqual([]);
  });

  it('shows a tenant transaction only its own organisation even when a query forgets the predicate', async () => {
    const { inTenant } = await import('@server/platform/tenancy/context');
    const { buildOrganization } = await import('@test/factories');
    const { units } = await import('@server/modules/organizations/organizations.tables');
    const mine = await buildOrganization(t.db);
    await buildOrganization(t.db);
    const rows = await inTenant({ db: t.db, organizationId: mine.id }, (tx) => tx.select().from(units));
    expect(rows.map((r) => r.organizationId)).toEqual([mine.id]);
  });

  it('refuses to write a row into another organisation from a tenant transaction', async () => {
    const { inTenant } = await import('@server/platform/tenancy/context');
    const { buildOrganization } = await import('@test/factories');
    const { units } = await import('@server/modules/organizations/organizations.tables');
    const mine = await buildOrganization(t.db);
    const theirs = await buildOrganization(t.db);
    await expect(
      inTenant({ db: t.db, organizationId: mine.id }, (tx) =>
        tx.insert(units).values({ organizationId: theirs.id, id: '01900000-0000-7000-8000-000000000001', name: 'Intrång' }),
      ),
    ).rejects.toThrow();
  });

  it('runs the app as a role that is neither superuser nor exempt from row-level security', async () => {
    const { sql } = await import('drizzle-orm');
    const result = await t.db.execute<{ rolsuper: boolean; rolbypassrls: boolean }>(
      sql`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(result.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });
});
