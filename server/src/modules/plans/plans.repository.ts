import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { focusAreas } from '@server/modules/organizations/organizations.tables';
import { users } from '@server/modules/users/users.tables';
import { needs } from '@server/modules/needs/needs.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { planItems, plans } from '@server/modules/plans/plans.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type PlanRow = typeof plans.$inferSelect;
export type PlanItemRow = typeof planItems.$inferSelect;
export type PlanValues = Pick<typeof plans.$inferInsert, 'title' | 'sections'>;
export type PlanItemValues = Omit<typeof planItems.$inferInsert, 'organizationId' | 'id' | 'planId' | 'key' | 'position' | 'version' | 'createdAt' | 'updatedAt'>;

const planInOrg = (ctx: Scope, id: string) => and(eq(plans.organizationId, ctx.organizationId), eq(plans.id, id));
const itemInOrg = (ctx: Scope, planId: string, id: string) => and(eq(planItems.organizationId, ctx.organizationId), eq(planItems.planId, planId), eq(planItems.id, id));

export async function findPlanRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}): Promise<PlanRow | undefined> {
  const query = tx.select().from(plans).where(planInOrg(ctx, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** Every version of every plan, newest plan first and versions newest first. */
export async function findPlanRows(tx: Tx, ctx: Scope): Promise<PlanRow[]> {
  return tx.select().from(plans).where(eq(plans.organizationId, ctx.organizationId)).orderBy(desc(plans.startYear), asc(plans.seriesId), desc(plans.versionNumber));
}

export async function findSeriesRows(tx: Tx, ctx: Scope, seriesId: string): Promise<PlanRow[]> {
  return tx.select().from(plans).where(and(eq(plans.organizationId, ctx.organizationId), eq(plans.seriesId, seriesId))).orderBy(asc(plans.versionNumber));
}

export async function insertPlanRow(tx: Tx, ctx: Scope, row: Omit<typeof plans.$inferInsert, 'organizationId'>): Promise<PlanRow> {
  const [inserted] = await tx.insert(plans).values({ organizationId: ctx.organizationId, ...row }).returning();
  return inserted!;
}

/** Writes if nobody saved since `expected`; undefined when someone did. */
export async function updatePlanRow(tx: Tx, ctx: Scope, id: string, expected: number, values: Partial<typeof plans.$inferInsert>): Promise<PlanRow | undefined> {
  const [row] = await tx
    .update(plans)
    .set({ ...values, version: sql`${plans.version} + 1`, updatedAt: new Date() })
    .where(and(planInOrg(ctx, id), eq(plans.version, expected)))
    .returning();
  return row;
}

/** Bumps the plan's version when one of its items changes, so the plan's ETag follows its content. */
export async function touchPlanRow(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx.update(plans).set({ version: sql`${plans.version} + 1`, updatedAt: new Date() }).where(planInOrg(ctx, id));
}

export async function findItemRows(tx: Tx, ctx: Scope, planId: string): Promise<PlanItemRow[]> {
  return tx
    .select()
    .from(planItems)
    .where(and(eq(planItems.organizationId, ctx.organizationId), eq(planItems.planId, planId)))
    .orderBy(asc(planItems.position), asc(planItems.id));
}

export async function findItemRow(tx: Tx, ctx: Scope, planId: string, id: string, options: { lock?: boolean } = {}): Promise<PlanItemRow | undefined> {
  const query = tx.select().from(planItems).where(itemInOrg(ctx, planId, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function nextItemPosition(tx: Tx, ctx: Scope, planId: string): Promise<number> {
  const [row] = await tx
    .select({ last: max(planItems.position) })
    .from(planItems)
    .where(and(eq(planItems.organizationId, ctx.organizationId), eq(planItems.planId, planId)));
  return (row?.last ?? 0) + 1;
}

export async function insertItemRow(tx: Tx, ctx: Scope, row: Omit<typeof planItems.$inferInsert, 'organizationId'>): Promise<PlanItemRow> {
  const [inserted] = await tx.insert(planItems).values({ organizationId: ctx.organizationId, ...row }).returning();
  return inserted!;
}

export async function updateItemRow(tx: Tx, ctx: Scope, planId: string, id: string, expected: number, values: Partial<PlanItemValues>): Promise<PlanItemRow | undefined> {
  const [row] = await tx
    .update(planItems)
    .set({ ...values, version: sql`${planItems.version} + 1`, updatedAt: new Date() })
    .where(and(itemInOrg(ctx, planId, id), eq(planItems.version, expected)))
    .returning();
  return row;
}

export async function deleteItemRow(tx: Tx, ctx: Scope, planId: string, id: string, expected: number): Promise<boolean> {
  const rows = await tx.delete(planItems).where(and(itemInOrg(ctx, planId, id), eq(planItems.version, expected))).returning({ id: planItems.id });
  return rows.length > 0;
}

/** The name of the user who fixed a plan. */
export async function findUserName(tx: Tx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** The organisation's focus area names by id. */
export async function findFocusAreaNames(tx: Tx, ctx: Scope): Promise<Map<string, string>> {
  const rows = await tx.select({ id: focusAreas.id, name: focusAreas.name }).from(focusAreas).where(eq(focusAreas.organizationId, ctx.organizationId));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export type ItemSourceFacts = { needNumber: number | null; initiativeStage: number | null; initiativeForm: string | null };

/** Need numbers and initiative stage/form for the items of a plan (or one of them), by item id. */
export async function findItemSourceFacts(tx: Tx, ctx: Scope, planId: string, itemId?: string): Promise<Map<string, ItemSourceFacts>> {
  const rows = await tx
    .select({ id: planItems.id, needNumber: needs.number, initiativeNeedNumber: sql<number | null>`(select n.number from needs n where n.organization_id = ${initiatives.organizationId} and n.id = ${initiatives.needId})`, stage: initiatives.stage, form: initiatives.form })
    .from(planItems)
    .leftJoin(needs, and(eq(needs.organizationId, planItems.organizationId), eq(needs.id, planItems.needId)))
    .leftJoin(initiatives, and(eq(initiatives.organizationId, planItems.organizationId), eq(initiatives.id, planItems.initiativeId)))
    .where(and(eq(planItems.organizationId, ctx.organizationId), eq(planItems.planId, planId), itemId ? eq(planItems.id, itemId) : undefined));
  return new Map(rows.map((row) => [row.id, { needNumber: row.needNumber ?? row.initiativeNeedNumber, initiativeStage: row.stage, initiativeForm: row.form }]));
}
