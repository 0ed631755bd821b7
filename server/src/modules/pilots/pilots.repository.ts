import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { TPilotInputParsed } from '@domain/pilots.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { pilots } from '@server/modules/pilots/pilots.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { units } from '@server/modules/organizations/organizations.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type PilotRow = typeof pilots.$inferSelect;
/** A pilot with the names it is shown by: its initiative's title and its unit's name. */
export type PilotView = PilotRow & { initiativeTitle: string; unitName: string | null };

const inOrg = (ctx: Scope) => eq(pilots.organizationId, ctx.organizationId);

function selectViews(tx: Tx, ctx: Scope) {
  return tx
    .select({ pilot: pilots, initiativeTitle: initiatives.title, unitName: units.name })
    .from(pilots)
    .innerJoin(initiatives, and(eq(initiatives.organizationId, pilots.organizationId), eq(initiatives.id, pilots.initiativeId)))
    .leftJoin(units, and(eq(units.organizationId, pilots.organizationId), eq(units.id, pilots.unitId)))
    .where(inOrg(ctx))
    .$dynamic();
}

const toView = (row: { pilot: PilotRow; initiativeTitle: string; unitName: string | null }): PilotView => ({ ...row.pilot, initiativeTitle: row.initiativeTitle, unitName: row.unitName });

/** The organisation's pilots, or one initiative's; the latest start first. */
export async function findPilotViews(tx: Tx, ctx: Scope, options: { initiativeId?: string } = {}): Promise<PilotView[]> {
  const where = options.initiativeId ? and(inOrg(ctx), eq(pilots.initiativeId, options.initiativeId)) : inOrg(ctx);
  const rows = await selectViews(tx, ctx).where(where).orderBy(desc(pilots.startsOn), asc(pilots.id));
  return rows.map(toView);
}

/** One pilot with its names, or undefined (also for another organisation's id). */
export async function findPilotView(tx: Tx, ctx: Scope, id: string): Promise<PilotView | undefined> {
  const [row] = await selectViews(tx, ctx).where(and(inOrg(ctx), eq(pilots.id, id)));
  return row ? toView(row) : undefined;
}

/** One pilot, locked for update when asked. */
export async function findPilotRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}): Promise<PilotRow | undefined> {
  const query = tx.select().from(pilots).where(and(inOrg(ctx), eq(pilots.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function insertPilotRow(tx: Tx, ctx: Scope, id: string, initiativeId: string, input: TPilotInputParsed): Promise<void> {
  await tx.insert(pilots).values({ organizationId: ctx.organizationId, id, initiativeId, ...input });
}

/** Writes the pilot only if nobody saved since `expected`; false otherwise. */
export async function updatePilotRow(tx: Tx, ctx: Scope, id: string, expected: number, input: TPilotInputParsed): Promise<boolean> {
  const rows = await tx
    .update(pilots)
    .set({ ...input, version: sql`${pilots.version} + 1`, updatedAt: sql`now()` })
    .where(and(inOrg(ctx), eq(pilots.id, id), eq(pilots.version, expected)))
    .returning({ id: pilots.id });
  return rows.length > 0;
}

export async function deletePilotRow(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx.delete(pilots).where(and(inOrg(ctx), eq(pilots.id, id)));
}
