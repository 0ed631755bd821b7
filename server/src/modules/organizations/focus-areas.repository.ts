import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { focusAreas } from '@server/modules/organizations/organizations.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type FocusAreaRow = typeof focusAreas.$inferSelect;
export type FocusAreaPatch = Partial<Pick<FocusAreaRow, 'name' | 'description' | 'sortOrder' | 'isArchived'>>;

const inOrg = (ctx: Scope) => eq(focusAreas.organizationId, ctx.organizationId);

/** The organisation's focus areas in their chosen order. */
export async function findFocusAreaRows(tx: Tx, ctx: Scope) {
  return tx.select().from(focusAreas).where(inOrg(ctx)).orderBy(asc(focusAreas.sortOrder), asc(focusAreas.name), asc(focusAreas.id));
}

/** One focus area of the organisation, or undefined (also for another organisation's id). */
export async function findFocusAreaRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}) {
  const query = tx.select().from(focusAreas).where(and(inOrg(ctx), eq(focusAreas.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** Adds a focus area; the unique index on lower(name) refuses a duplicate name. */
export async function insertFocusAreaRow(tx: Tx, ctx: Scope, values: { id: string; name: string; description: string; sortOrder: number }) {
  const [row] = await tx.insert(focusAreas).values({ organizationId: ctx.organizationId, ...values }).returning();
  return row!;
}

/** Writes `patch` only if the focus area is still at `expected`; undefined means someone saved first. */
export async function updateFocusAreaRow(tx: Tx, ctx: Scope, id: string, expected: number, patch: FocusAreaPatch) {
  const [row] = await tx
    .update(focusAreas)
    .set({ ...patch, version: sql`${focusAreas.version} + 1`, updatedAt: new Date() })
    .where(and(inOrg(ctx), eq(focusAreas.id, id), eq(focusAreas.version, expected)))
    .returning();
  return row;
}

/** Removes a focus area; a foreign-key violation means a need or goal still refers to it. */
export async function deleteFocusAreaRow(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx.delete(focusAreas).where(and(inOrg(ctx), eq(focusAreas.id, id)));
}

/** The next sort position, so a new focus area lands last unless told otherwise. */
export async function nextFocusAreaSortOrder(tx: Tx, ctx: Scope): Promise<number> {
  const [row] = await tx.select({ max: sql<number | null>`max(${focusAreas.sortOrder})` }).from(focusAreas).where(inOrg(ctx));
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}
