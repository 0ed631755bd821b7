import { sql } from 'drizzle-orm';
import type { TInstallationOrganization } from '@domain/installation.contracts';
import type { Db, Tx } from '@server/platform/db/database';
import { tenantTables } from '@server/platform/db/tenant-tables';
import { inPlatform } from '@server/platform/tenancy/context';

type Row = {
  id: string; name: string; organization_number: string; disabled_at: Date | null; created_at: Date;
  size: number; users_count: number; last_activity_at: Date | null; email_domains: string[];
};

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The installation's organisations with what their installation administrator may know about
 * them: name, number, domains, how many members, how many rows in all (every tenant table, found
 * in the catalog), when something last happened (the latest audit event), whether disabled.
 * Nothing of their content. Crosses organisations on purpose (platform). `only` picks one.
 */
export async function platformListOrganizations(db: Db): Promise<TInstallationOrganization[]> {
  return inPlatform(db, (tx) => listOrganizationsInPlatform(tx));
}

/** The same, inside the caller's platform transaction (`inPlatform`), optionally only one organisation. */
export async function listOrganizationsInPlatform(tx: Tx, only?: string): Promise<TInstallationOrganization[]> {
  const tables = await tenantTables(tx);
  const sizes = tables.map((table) => `select organization_id, count(*) as n from ${quoted(table)} group by organization_id`).join(' union all ');
  const result = await tx.execute<Row>(sql`
    with sizes as (${sql.raw(sizes)})
    select o.id, o.name, o.organization_number, o.disabled_at, o.created_at,
      coalesce((select sum(s.n) from sizes s where s.organization_id = o.id), 0)::bigint as size,
      (select count(*) from memberships m where m.organization_id = o.id)::bigint as users_count,
      (select max(a.occurred_at) from audit_events a where a.organization_id = o.id) as last_activity_at,
      coalesce((select array_agg(d.domain order by d.domain) from organization_email_domains d where d.organization_id = o.id), '{}') as email_domains
    from organizations o
    where ${only ? sql`o.id = ${only}` : sql`true`}
    order by lower(o.name), o.id`);
  return result.rows.map(present);
}

const iso = (value: Date | string) => new Date(value).toISOString();

function present(row: Row): TInstallationOrganization {
  return {
    id: row.id,
    name: row.name,
    organizationNumber: row.organization_number,
    emailDomains: row.email_domains,
    usersCount: Number(row.users_count),
    size: Number(row.size),
    lastActivityAt: row.last_activity_at ? iso(row.last_activity_at) : null,
    disabled: row.disabled_at !== null,
    disabledAt: row.disabled_at ? iso(row.disabled_at) : null,
    createdAt: iso(row.created_at),
  };
}
