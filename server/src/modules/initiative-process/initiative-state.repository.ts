import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { findInitiative, type InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';

type Scope = Pick<Ctx, 'organizationId'>;

/** Locks the initiative row for a change in this transaction; undefined when not the organisation's. */
export async function lockInitiative(tx: Tx, ctx: Scope, id: string): Promise<InitiativeRecord | undefined> {
  await tx.select({ id: initiatives.id }).from(initiatives).where(and(eq(initiatives.organizationId, ctx.organizationId), eq(initiatives.id, id))).for('update');
  return findInitiative(tx, ctx, id);
}

export type ProcessChanges = Partial<{ stage: number; status: string; stopReason: string | null; endedAt: Date | null }>;

/**
 * Writes the initiative's place in the process and bumps its version, only if nobody changed it
 * since `expectedVersion` (If-Match); undefined otherwise.
 */
export async function updateInitiativeVersioned(tx: Tx, ctx: Scope, id: string, expectedVersion: number, changes: ProcessChanges): Promise<boolean> {
  const rows = await tx
    .update(initiatives)
    .set({ ...changes, version: sql`${initiatives.version} + 1`, updatedAt: new Date() })
    .where(and(eq(initiatives.organizationId, ctx.organizationId), eq(initiatives.id, id), eq(initiatives.version, expectedVersion)))
    .returning({ id: initiatives.id });
  return rows.length === 1;
}
