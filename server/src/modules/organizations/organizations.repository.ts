import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { organizations } from '@server/modules/organizations/organizations.tables';

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationPatch = Partial<Pick<OrganizationRow, 'name' | 'municipality' | 'vision'>>;

/** The caller's own organisation (the tenant row itself), optionally locked for an update. */
export async function findOrganizationRow(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, options: { lock?: boolean } = {}) {
  const query = tx.select().from(organizations).where(eq(organizations.id, ctx.organizationId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** Writes `patch` only if the row is still at `expected`; undefined means someone saved first. */
export async function updateOrganizationRow(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, expected: number, patch: OrganizationPatch) {
  const [row] = await tx
    .update(organizations)
    .set({ ...patch, version: sql`${organizations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organizations.id, ctx.organizationId), eq(organizations.version, expected)))
    .returning();
  return row;
}
