import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { memberships, users } from '@server/modules/users/users.tables';

type Scope = Pick<Ctx, 'organizationId'>;

/**
 * The people who can be given something in the organisation — an owner, a role on an initiative, a
 * förvaltning task: members whose account AND membership are both active. A person whose membership
 * here is turned off (a consultant who left, a colleague of a neighbouring kommun) still has an
 * account, so the account flag alone is not enough. By name, case-insensitively.
 */
export async function findActiveMemberPeople(tx: Tx, ctx: Scope): Promise<{ id: string; name: string }[]> {
  return tx
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.isDisabled, false), eq(users.isDisabled, false)))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id));
}
