import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { units } from '@server/modules/organizations/organizations.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type UnitRow = typeof units.$inferSelect;
export type UnitPatch = Partial<Pick<UnitRow, 'name' | 'parentId' | 'isArchived'>>;

const inOrg = (ctx: Scope) => eq(units.organizationId, ctx.organizationId);

/** Every unit of the organisation; `lock` serialises tree moves so two cannot form a cycle together. */
export async function findUnitRows(tx: Tx, ctx: Scope, options: { lock?: boolean } = {}) {
  // Locked in id order, so two concurrent moves queue instead of deadlocking.
  const query = tx.select().from(units).where(inOrg(ctx)).orderBy(asc(units.id));
  return options.lock ? query.for('update') : query;
}

/** One unit of the organisation, or undefined (also for another organisation's id). */
export async function findUnitRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}) {
  const query = tx.select().from(units).where(and(inOrg(ctx), eq(units.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** Adds a unit to the organisation's tree. */
export async function insertUnitRow(tx: Tx, ctx: Scope, values: { id: string; name: string; parentId: string | null }) {
  const [row] = await tx.insert(units).values({ organizationId: ctx.organizationId, ...values }).returning();
  return row!;
}

/** Writes `patch` only if the unit is still at `expected`; undefined means someone saved first. */
export async function updateUnitRow(tx: Tx, ctx: Scope, id: string, expected: number, patch: UnitPatch) {
  const [row] = await tx
    .update(units)
    .set({ ...patch, version: sql`${units.version} + 1`, updatedAt: new Date() })
    .where(and(inOrg(ctx), eq(units.id, id), eq(units.version, expected)))
    .returning();
  return row;
}

/** How many units sit directly below `id`. */
export async function countChildUnits(tx: Tx, ctx: Scope, id: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(units).where(and(inOrg(ctx), eq(units.parentId, id)));
  return row?.n ?? 0;
}

/** Removes a unit; a foreign-key violation means something still refers to it. */
export async function deleteUnitRow(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx.delete(units).where(and(inOrg(ctx), eq(units.id, id)));
}
