import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@test/test-app';
import { buildOrganization } from '@test/factories';
import { platformCreateMember } from '@server/seed/demo-organization';
import { platformAddMembership, platformFindUserByEmail } from '@server/modules/users/users.platform';

/** The backfill statement of migration 0018, exactly as an existing installation ran it. */
function backfillStatement(): string {
  const migration = readFileSync(path.join(import.meta.dirname, '../../migrations/0018_accounts_belong_to_email_domains.sql'), 'utf8');
  const statement = migration.split('--> statement-breakpoint').find((part) => part.includes('INSERT INTO "organization_email_domains"'));
  if (!statement) throw new Error('migration 0018 has no backfill');
  return statement;
}

describe('migration 0018 on an installation that already has members', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('gives each organisation the domains only its members use, and a domain two organisations use to nobody', async () => {
    const north = await buildOrganization(t.db, 'Norrkommun');
    const south = await buildOrganization(t.db, 'Söderkommun');
    const run = north.id.slice(-6);
    await platformCreateMember(t.db, north.id, { email: `anna@norr-${run}.example`, name: 'Anna', password: 'x'.repeat(12), roles: ['admin'] });
    await platformCreateMember(t.db, north.id, { email: `Bo@NORR-${run}.example`, name: 'Bo', password: 'x'.repeat(12), roles: ['staff'] });
    await platformCreateMember(t.db, south.id, { email: `cia@syd-${run}.example`, name: 'Cia', password: 'x'.repeat(12), roles: ['admin'] });
    await platformCreateMember(t.db, south.id, { email: `dan@delad-${run}.example`, name: 'Dan', password: 'x'.repeat(12), roles: ['staff'] });
    const eva = await platformCreateMember(t.db, north.id, { email: `eva@delad-${run}.example`, name: 'Eva', password: 'x'.repeat(12), roles: ['staff'] });
    expect((await platformFindUserByEmail(t.db, `eva@delad-${run}.example`))?.id).toBe(eva);
    // A person of the north who also joined the south earlier does not make the south an owner.
    await platformAddMembership(t.db, south.id, eva, ['viewer']);

    const client = new pg.Client({ connectionString: t.adminUrl });
    await client.connect();
    try {
      // As before the migration: no domain has an owner yet.
      await client.query('delete from organization_email_domains');
      await client.query(backfillStatement());
      const { rows } = await client.query<{ organization_id: string; domain: string }>(
        `select organization_id::text, domain from organization_email_domains where domain like $1 order by domain`,
        [`%-${run}.example`],
      );
      expect(rows).toEqual([
        { organization_id: north.id, domain: `norr-${run}.example` },
        { organization_id: south.id, domain: `syd-${run}.example` },
      ]);
    } finally {
      await client.end();
    }
  });
});
