import type { TEmailDomainList } from '@domain/members.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findEmailDomainRows } from '@server/modules/members/members.repository';

/** The e-mail domains the organisation owns: where its administrators create accounts (ADR 0004). */
export async function findEmailDomains(ctx: Ctx): Promise<TEmailDomainList> {
  const rows = await inTenantRead(ctx, (tx) => findEmailDomainRows(tx, ctx));
  return { items: rows.map((row) => ({ domain: row.domain, createdAt: row.createdAt.toISOString() })) };
}
