import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { needs } from '@server/modules/needs/needs.tables';
import { supplierDemoNeeds, supplierDemos } from '@server/modules/supplier-demos/supplier-demos.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type SupplierDemoRow = typeof supplierDemos.$inferSelect;
export type SupplierDemoValues = Pick<typeof supplierDemos.$inferInsert, 'title' | 'heldOn' | 'place' | 'participants' | 'presentations' | 'reflection'>;

const inOrg = (ctx: Scope) => eq(supplierDemos.organizationId, ctx.organizationId);

/** The demos, newest first; with `needId`, only those linked to that need. */
export async function findSupplierDemoRows(tx: Tx, ctx: Scope, options: { needId?: string } = {}) {
  const query = tx.select().from(supplierDemos);
  const ordered = (where: ReturnType<typeof inOrg>) => query.where(where).orderBy(desc(supplierDemos.heldOn), asc(supplierDemos.id));
  if (!options.needId) return ordered(inOrg(ctx));
  const linked = tx
    .select({ id: supplierDemoNeeds.demoId })
    .from(supplierDemoNeeds)
    .where(and(eq(supplierDemoNeeds.organizationId, ctx.organizationId), eq(supplierDemoNeeds.needId, options.needId)));
  return ordered(and(inOrg(ctx), inArray(supplierDemos.id, linked))!);
}

export async function findSupplierDemoRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}) {
  const query = tx.select().from(supplierDemos).where(and(inOrg(ctx), eq(supplierDemos.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function insertSupplierDemoRow(tx: Tx, ctx: Scope, id: string, values: SupplierDemoValues) {
  const [row] = await tx.insert(supplierDemos).values({ organizationId: ctx.organizationId, id, ...values }).returning();
  return row!;
}

export async function updateSupplierDemoRow(tx: Tx, ctx: Scope, id: string, expected: number, values: SupplierDemoValues) {
  const [row] = await tx
    .update(supplierDemos)
    .set({ ...values, version: sql`${supplierDemos.version} + 1`, updatedAt: new Date() })
    .where(and(inOrg(ctx), eq(supplierDemos.id, id), eq(supplierDemos.version, expected)))
    .returning();
  return row;
}

export async function replaceDemoNeeds(tx: Tx, ctx: Scope, demoId: string, needIds: readonly string[]) {
  await tx.delete(supplierDemoNeeds).where(and(eq(supplierDemoNeeds.organizationId, ctx.organizationId), eq(supplierDemoNeeds.demoId, demoId)));
  if (needIds.length > 0) await tx.insert(supplierDemoNeeds).values(needIds.map((needId) => ({ organizationId: ctx.organizationId, demoId, needId })));
}

/** The needs linked to the given demos, by demo. */
export async function findDemoNeeds(tx: Tx, ctx: Scope, demoIds: readonly string[]) {
  if (demoIds.length === 0) return [];
  return tx
    .select({ demoId: supplierDemoNeeds.demoId, id: needs.id, number: needs.number, title: needs.title })
    .from(supplierDemoNeeds)
    .innerJoin(needs, and(eq(needs.organizationId, supplierDemoNeeds.organizationId), eq(needs.id, supplierDemoNeeds.needId)))
    .where(and(eq(supplierDemoNeeds.organizationId, ctx.organizationId), inArray(supplierDemoNeeds.demoId, [...demoIds])))
    .orderBy(asc(needs.number));
}

/** The ids among `ids` that are needs of the organisation. */
export async function existingNeedIds(tx: Tx, ctx: Scope, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: needs.id }).from(needs).where(and(eq(needs.organizationId, ctx.organizationId), inArray(needs.id, [...ids])));
  return new Set(rows.map((row) => row.id));
}

/** Deletes a demo; its links to needs go with it (cascade). */
export async function deleteSupplierDemoRow(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx.delete(supplierDemos).where(and(inOrg(ctx), eq(supplierDemos.id, id)));
}
