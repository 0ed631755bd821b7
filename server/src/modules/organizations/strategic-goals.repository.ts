import { and, count, eq, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { strategicGoals } from '@server/modules/organizations/organizations.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type StrategicGoalRow = typeof strategicGoals.$inferSelect;
export type StrategicGoalPatch = Partial<Pick<StrategicGoalRow, 'title' | 'description' | 'focusAreaId' | 'isArchived'>>;

const inOrg = (ctx: Scope) => eq(strategicGoals.organizationId, ctx.organizationId);

/** The organisation's strategic goals (the caller orders them for display). */
export async function findStrategicGoalRows(tx: Tx, ctx: Scope) {
  return tx.select().from(strategicGoals).where(inOrg(ctx));
}

/** One strategic goal of the organisation, or undefined (also for another organisation's id). */
export async function findStrategicGoalRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}) {
  const query = tx.select().from(strategicGoals).where(and(inOrg(ctx), eq(strategicGoals.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** Adds a strategic goal. */
export async function insertStrategicGoalRow(
  tx: Tx,
  ctx: Scope,
  values: { id: string; title: string; description: string; focusAreaId: string | null },
) {
  const [row] = await tx.insert(strategicGoals).values({ organizationId: ctx.organizationId, ...values }).returning();
  return row!;
}

/** Writes `patch` only if the goal is still at `expected`; undefined means someone saved first. */
export async function updateStrategicGoalRow(tx: Tx, ctx: Scope, id: string, expected: number, patch: StrategicGoalPatch) {
  const [row] = await tx
    .update(strategicGoals)
    .set({ ...patch, version: sql`${strategicGoals.version} + 1`, updatedAt: new Date() })
    .where(and(inOrg(ctx), eq(strategicGoals.id, id), eq(strategicGoals.version, expected)))
    .returning();
  return row;
}

/** How many strategic goals belong to a focus area (deleting it would orphan them). */
export async function countGoalsOfFocusArea(tx: Tx, ctx: Scope, focusAreaId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(strategicGoals).where(and(inOrg(ctx), eq(strategicGoals.focusAreaId, focusAreaId)));
  return row?.n ?? 0;
}

/** Removes a strategic goal; a foreign-key violation means something still refers to it. */
export async function deleteStrategicGoalRow(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx.delete(strategicGoals).where(and(inOrg(ctx), eq(strategicGoals.id, id)));
}
