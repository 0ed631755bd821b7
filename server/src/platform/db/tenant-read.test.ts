import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import { inject } from 'vitest';
import { connect, type Database } from '@server/platform/db/database';
import { preparedTenantRead } from '@server/platform/db/tenant-read';
import { inTenantRead } from '@server/platform/tenancy/context';
import { units } from '@server/modules/organizations/organizations.tables';
import { buildOrganization, type TestOrganization } from '@test/factories';
import { createTestApp, type TestApp } from '@test/test-app';

describe('tenant reads in one round trip', () => {
  let t: TestApp;
  // One connection, so every statement below is known to reuse the same server session.
  let single: Database;
  let mine: TestOrganization;
  let theirs: TestOrganization;
  beforeAll(async () => {
    t = await createTestApp();
    single = connect(inject('pgAppBase') + t.adminUrl.split('/').pop(), 1);
    mine = await buildOrganization(t.db);
    theirs = await buildOrganization(t.db);
  });
  afterAll(async () => {
    await single.close();
    await t.close();
  });

  it('shows a read only its own organisation even when the query forgets the predicate', async () => {
    const rows = await inTenantRead({ db: single.db, organizationId: mine.id }, (tx) => tx.select().from(units));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.organizationId))).toEqual(new Set([mine.id]));
  });

  it('leaves no organisation behind on the connection once the statement is done', async () => {
    await inTenantRead({ db: single.db, organizationId: mine.id }, (tx) => tx.select().from(units));
    const after = await single.db.execute<{ setting: string | null }>(sql`select current_setting('app.organization_id', true) as setting`);
    expect(after.rows[0]?.setting ?? '').toBe('');
    expect(await single.db.select().from(units)).toEqual([]);
  });

  it('answers statements without parameters and several statements in parallel, each for its organisation', async () => {
    const [a, b] = await Promise.all([
      inTenantRead({ db: t.db, organizationId: mine.id }, (tx) => tx.select({ n: count() }).from(units)),
      inTenantRead({ db: t.db, organizationId: theirs.id }, (tx) => Promise.all([tx.select().from(units), tx.execute(sql`select 1 as one`)])),
    ]);
    expect(a[0]?.n).toBeGreaterThan(0);
    expect(new Set(b[0].map((r) => r.organizationId))).toEqual(new Set([theirs.id]));
    expect(b[1].rows).toEqual([{ one: 1 }]);
  });

  it('refuses a write made by mistake inside a read, and nothing changes', async () => {
    const before = await inTenantRead({ db: single.db, organizationId: mine.id }, (tx) => tx.select().from(units));
    await expect(
      inTenantRead({ db: single.db, organizationId: mine.id }, (tx) => tx.insert(units).values({ organizationId: mine.id, id: '01900000-0000-7000-8000-0000000000aa', name: 'Smyginlagd enhet' })),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/read-only transaction/) } });
    const after = await inTenantRead({ db: single.db, organizationId: mine.id }, (tx) => tx.select().from(units));
    expect(after).toEqual(before);
  });

  it('keeps a new connection usable when its very first read has a mistake in the SQL', async () => {
    const fresh = connect(inject('pgAppBase') + t.adminUrl.split('/').pop(), 1);
    try {
      await expect(inTenantRead({ db: fresh.db, organizationId: mine.id }, (tx) => tx.execute(sql.raw('selec 1')))).rejects.toMatchObject({ cause: { message: expect.stringMatching(/syntax error/) } });
      for (const organization of [mine, theirs, mine]) {
        const rows = await inTenantRead({ db: fresh.db, organizationId: organization.id }, (tx) => tx.select().from(units));
        expect(new Set(rows.map((r) => r.organizationId))).toEqual(new Set([organization.id]));
      }
    } finally {
      await fresh.close();
    }
  });

  it('keeps the connection usable after a statement fails', async () => {
    await expect(inTenantRead({ db: single.db, organizationId: mine.id }, (tx) => tx.execute(sql`select 1 / 0`))).rejects.toMatchObject({ cause: { message: 'division by zero' } });
    const rows = await inTenantRead({ db: single.db, organizationId: theirs.id }, (tx) => tx.select().from(units));
    expect(new Set(rows.map((r) => r.organizationId))).toEqual(new Set([theirs.id]));
  });

  it('builds a prepared read once and answers each organisation with its own rows', async () => {
    const unitsNamed = preparedTenantRead('test_units_named', (reader) =>
      reader.select().from(units).where(and(eq(units.organizationId, sql.placeholder('organizationId')), eq(units.name, sql.placeholder('name')))),
    );
    const mineRows = await unitsNamed({ db: t.db, organizationId: mine.id }, { name: 'Hemtjänst' });
    const theirRows = await unitsNamed({ db: t.db, organizationId: theirs.id }, { name: 'Hemtjänst' });
    expect(mineRows.map((r) => r.organizationId)).toEqual([mine.id]);
    expect(theirRows.map((r) => r.organizationId)).toEqual([theirs.id]);
  });

  it('refuses a prepared read that does not filter on the organisation', async () => {
    const unscoped = preparedTenantRead('test_unscoped', (reader) => reader.select().from(units).where(eq(units.name, sql.placeholder('name'))));
    await expect(async () => unscoped({ db: t.db, organizationId: mine.id }, { name: 'Hemtjänst' })).rejects.toThrow(/must filter on sql.placeholder\('organizationId'\)/);
  });

  it('maps the rows of a prepared read exactly as Drizzle maps the same query', async () => {
    const selection = {
      id: units.id,
      name: units.name,
      parentId: units.parentId,
      createdAt: units.createdAt,
      isArchived: units.isArchived,
      nameLength: sql<number>`length(${units.name})`.mapWith(Number),
      createdDay: sql<string>`to_char(${units.createdAt}, 'YYYY-MM-DD')`.as('created_day'),
    };
    const prepared = preparedTenantRead('test_units_mapped', (reader) =>
      reader.select(selection).from(units).where(eq(units.organizationId, sql.placeholder('organizationId'))).orderBy(units.id),
    );
    const viaPrepared = await prepared({ db: t.db, organizationId: mine.id }, {});
    const viaDrizzle = await inTenantRead({ db: t.db, organizationId: mine.id }, (tx) => tx.select(selection).from(units).where(eq(units.organizationId, mine.id)).orderBy(units.id));
    expect(viaPrepared.length).toBeGreaterThan(0);
    expect(viaPrepared[0]?.createdAt).toBeInstanceOf(Date);
    expect(viaPrepared[0]?.parentId).toBeNull();
    expect(viaPrepared).toEqual(viaDrizzle);
  });
});
