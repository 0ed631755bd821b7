import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { TWelfareTechInput } from '@domain/welfare-tech.contracts';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { systems } from '@server/modules/systems/systems.tables';
import { welfareTechItems } from '@server/modules/welfare-tech/welfare-tech.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type WelfareTechValues = Omit<typeof welfareTechItems.$inferInsert, 'organizationId' | 'id' | 'version' | 'createdAt' | 'updatedAt'>;

const inOrg = (ctx: Scope) => eq(welfareTechItems.organizationId, ctx.organizationId);

/** The columns of an item with the names of its linked system and initiative. */
const viewColumns = {
  id: welfareTechItems.id,
  technology: welfareTechItems.technology,
  product: welfareTechItems.product,
  supplier: welfareTechItems.supplier,
  unitCount: welfareTechItems.unitCount,
  placement: welfareTechItems.placement,
  state: welfareTechItems.state,
  asOf: welfareTechItems.asOf,
  systemId: welfareTechItems.systemId,
  initiativeId: welfareTechItems.initiativeId,
  version: welfareTechItems.version,
  systemName: systems.name,
  initiativeTitle: initiatives.title,
};

export type WelfareTechView = Awaited<ReturnType<typeof selectViews>>[number];

function selectViews(tx: Tx, where: SQL) {
  return tx
    .select(viewColumns)
    .from(welfareTechItems)
    .leftJoin(systems, and(eq(systems.organizationId, welfareTechItems.organizationId), eq(systems.id, welfareTechItems.systemId)))
    .leftJoin(initiatives, and(eq(initiatives.organizationId, welfareTechItems.organizationId), eq(initiatives.id, welfareTechItems.initiativeId)))
    .where(where);
}

/** The inventory, newest as-of date first, then by technology and placement. */
export async function findWelfareTechViews(tx: Tx, ctx: Scope, filters: { asOf?: string; initiativeId?: string } = {}): Promise<WelfareTechView[]> {
  const conditions: SQL[] = [inOrg(ctx)];
  if (filters.asOf) conditions.push(eq(welfareTechItems.asOf, filters.asOf));
  if (filters.initiativeId) conditions.push(eq(welfareTechItems.initiativeId, filters.initiativeId));
  return selectViews(tx, and(...conditions)!).orderBy(
    desc(welfareTechItems.asOf),
    asc(welfareTechItems.technology),
    asc(welfareTechItems.placement),
    asc(welfareTechItems.id),
  );
}

export async function findWelfareTechView(tx: Tx, ctx: Scope, id: string): Promise<WelfareTechView | undefined> {
  const [row] = await selectViews(tx, and(inOrg(ctx), eq(welfareTechItems.id, id))!);
  return row;
}

export async function lockWelfareTechRow(tx: Tx, ctx: Scope, id: string) {
  const [row] = await tx.select({ version: welfareTechItems.version }).from(welfareTechItems).where(and(inOrg(ctx), eq(welfareTechItems.id, id))).for('update');
  return row;
}

export async function insertWelfareTechRows(tx: Tx, ctx: Scope, rows: ReadonlyArray<{ id: string } & WelfareTechValues>): Promise<void> {
  if (rows.length > 0) await tx.insert(welfareTechItems).values(rows.map((row) => ({ organizationId: ctx.organizationId, ...row })));
}

/** The saved rows on the given as-of dates, for matching an import; `lock` holds them until the transaction ends. */
export async function findWelfareTechOnDates(tx: Tx, ctx: Scope, dates: string[], lock: boolean) {
  if (dates.length === 0) return [];
  const query = tx
    .select({
      id: welfareTechItems.id,
      technology: welfareTechItems.technology,
      product: welfareTechItems.product,
      supplier: welfareTechItems.supplier,
      unitCount: welfareTechItems.unitCount,
      placement: welfareTechItems.placement,
      state: welfareTechItems.state,
      asOf: welfareTechItems.asOf,
      systemId: welfareTechItems.systemId,
      initiativeId: welfareTechItems.initiativeId,
    })
    .from(welfareTechItems)
    .where(and(inOrg(ctx), inArray(welfareTechItems.asOf, dates)));
  const rows = lock ? await query.for('update') : await query;
  return rows.map((row) => ({ ...row, state: row.state as TWelfareTechInput['state'] }));
}

/** An import's changes to saved rows (their lock is held by the import's transaction), each a new version. */
export async function updateWelfareTechRowsForImport(tx: Tx, ctx: Scope, rows: ReadonlyArray<{ id: string } & WelfareTechValues>): Promise<void> {
  for (const { id, ...values } of rows) {
    await tx
      .update(welfareTechItems)
      .set({ ...values, version: sql`${welfareTechItems.version} + 1`, updatedAt: new Date() })
      .where(and(inOrg(ctx), eq(welfareTechItems.id, id)));
  }
}

/** Writes only if the item is still at `expected`; false means someone saved first. */
export async function updateWelfareTechRow(tx: Tx, ctx: Scope, id: string, expected: number, values: WelfareTechValues): Promise<boolean> {
  const rows = await tx
    .update(welfareTechItems)
    .set({ ...values, version: sql`${welfareTechItems.version} + 1`, updatedAt: new Date() })
    .where(and(inOrg(ctx), eq(welfareTechItems.id, id), eq(welfareTechItems.version, expected)))
    .returning({ id: welfareTechItems.id });
  return rows.length > 0;
}

export async function deleteWelfareTechRow(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx.delete(welfareTechItems).where(and(inOrg(ctx), eq(welfareTechItems.id, id)));
}

/** The technology names, placements and as-of dates the organisation has used. */
export async function findUsedNames(tx: Tx, ctx: Scope) {
  const technologies = await tx.selectDistinct({ value: welfareTechItems.technology }).from(welfareTechItems).where(inOrg(ctx));
  const placements = await tx.selectDistinct({ value: welfareTechItems.placement }).from(welfareTechItems).where(inOrg(ctx));
  const dates = await tx.selectDistinct({ value: welfareTechItems.asOf }).from(welfareTechItems).where(inOrg(ctx)).orderBy(desc(welfareTechItems.asOf));
  return { technologies: technologies.map((r) => r.value), placements: placements.map((r) => r.value), asOfDates: dates.map((r) => r.value) };
}

/** Whether a system / an initiative with this id exists in the organisation. */
export async function systemExists(tx: Tx, ctx: Scope, id: string): Promise<boolean> {
  const [row] = await tx.select({ id: systems.id }).from(systems).where(and(eq(systems.organizationId, ctx.organizationId), eq(systems.id, id)));
  return Boolean(row);
}
export async function initiativeExists(tx: Tx, ctx: Scope, id: string): Promise<boolean> {
  const [row] = await tx.select({ id: initiatives.id }).from(initiatives).where(and(eq(initiatives.organizationId, ctx.organizationId), eq(initiatives.id, id)));
  return Boolean(row);
}

/** The organisation's system names and initiative titles → ids, lower-cased, for imports. */
export async function findImportLookups(tx: Tx, ctx: Scope) {
  const systemRows = await tx.select({ id: systems.id, name: systems.name }).from(systems).where(eq(systems.organizationId, ctx.organizationId));
  const initiativeRows = await tx.select({ id: initiatives.id, name: initiatives.title }).from(initiatives).where(eq(initiatives.organizationId, ctx.organizationId));
  const byName = (rows: Array<{ id: string; name: string }>) => new Map(rows.map((row) => [row.name.trim().toLowerCase(), row.id]));
  return { systems: byName(systemRows), initiatives: byName(initiativeRows) };
}
