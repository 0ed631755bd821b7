import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { governanceRecurringEvents } from '@server/modules/governance-year/governance-year.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type RecurringEventRow = typeof governanceRecurringEvents.$inferSelect;
export type RecurringEventValues = Pick<typeof governanceRecurringEvents.$inferInsert, 'name' | 'kind' | 'months' | 'dayOfMonth' | 'responsibleRole' | 'description'>;

const inOrg = (ctx: Scope) => eq(governanceRecurringEvents.organizationId, ctx.organizationId);

/** The organisation's recurring events by name. */
export async function findRecurringEventRows(tx: Tx, ctx: Scope): Promise<RecurringEventRow[]> {
  return tx.select().from(governanceRecurringEvents).where(inOrg(ctx)).orderBy(asc(governanceRecurringEvents.name), asc(governanceRecurringEvents.id));
}

export async function findRecurringEventRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}): Promise<RecurringEventRow | undefined> {
  const query = tx.select().from(governanceRecurringEvents).where(and(inOrg(ctx), eq(governanceRecurringEvents.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function insertRecurringEventRow(tx: Tx, ctx: Scope, id: string, values: RecurringEventValues): Promise<RecurringEventRow> {
  const [row] = await tx.insert(governanceRecurringEvents).values({ organizationId: ctx.organizationId, id, ...values }).returning();
  return row!;
}

export async function updateRecurringEventRow(tx: Tx, ctx: Scope, id: string, expected: number, values: RecurringEventValues): Promise<RecurringEventRow | undefined> {
  const [row] = await tx
    .update(governanceRecurringEvents)
    .set({ ...values, version: sql`${governanceRecurringEvents.version} + 1`, updatedAt: new Date() })
    .where(and(inOrg(ctx), eq(governanceRecurringEvents.id, id), eq(governanceRecurringEvents.version, expected)))
    .returning();
  return row;
}

export async function deleteRecurringEventRow(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx.delete(governanceRecurringEvents).where(and(inOrg(ctx), eq(governanceRecurringEvents.id, id)));
}
