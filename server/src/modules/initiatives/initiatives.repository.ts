import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { InitiativeForm } from '@domain/decisions.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { needs } from '@server/modules/needs/needs.tables';
import { focusAreasOfNeed, unitsOfNeed, type ScopeRef } from '@server/modules/needs/needs.repository';

type Scope = Pick<Ctx, 'organizationId'>;

export type InitiativeRecord = Omit<typeof initiatives.$inferSelect, 'organizationId' | 'form' | 'search'> & { form: InitiativeForm };

/** The search vector is the database's own index material: it never reaches responses or the audit log. */
const toRecord = ({ organizationId: _org, search: _search, ...row }: typeof initiatives.$inferSelect): InitiativeRecord => ({
  ...row,
  form: row.form as InitiativeForm,
});

/** Stores a new initiative; the unique index on the need refuses a second one for the same need. */
export async function insertInitiative(
  tx: Tx,
  ctx: Scope,
  input: { needId: string; decisionId: string; title: string; form: InitiativeForm; ownerName: string; plannedStartYear: number },
): Promise<InitiativeRecord> {
  const [row] = await tx.insert(initiatives).values({ organizationId: ctx.organizationId, id: uuidv7(), stage: 1, ...input }).returning();
  return toRecord(row!);
}

/** Many new initiatives at once (an imported plan's decided rows), in the order given; the same unique index applies. */
export async function insertInitiatives(
  tx: Tx,
  ctx: Scope,
  inputs: ReadonlyArray<{ needId: string; decisionId: string; title: string; form: InitiativeForm; ownerName: string; plannedStartYear: number }>,
): Promise<InitiativeRecord[]> {
  const CHUNK = 500;
  const byId = new Map<string, InitiativeRecord>();
  const ids: string[] = [];
  for (let start = 0; start < inputs.length; start += CHUNK) {
    const values = inputs.slice(start, start + CHUNK).map((input) => {
      const id = uuidv7();
      ids.push(id);
      return { organizationId: ctx.organizationId, id, stage: 1, ...input };
    });
    for (const row of await tx.insert(initiatives).values(values).returning()) byId.set(row.id, toRecord(row));
  }
  return ids.map((id) => byId.get(id)!);
}

/** One initiative of the caller's organisation, or undefined. */
export async function findInitiative(tx: Tx, ctx: Scope, id: string): Promise<InitiativeRecord | undefined> {
  const [row] = await tx.select().from(initiatives).where(and(eq(initiatives.organizationId, ctx.organizationId), eq(initiatives.id, id)));
  return row ? toRecord(row) : undefined;
}

export type InitiativeCursor = { c: string; id: string };

/** One page of initiatives, newest first. */
export async function findInitiativePage(
  tx: Tx,
  ctx: Scope,
  options: { form?: InitiativeForm; cursor?: InitiativeCursor; limit: number },
): Promise<InitiativeRecord[]> {
  const conditions: SQL[] = [eq(initiatives.organizationId, ctx.organizationId)];
  if (options.form) conditions.push(eq(initiatives.form, options.form));
  if (options.cursor) {
    const at = new Date(options.cursor.c);
    conditions.push(or(lt(initiatives.createdAt, at), and(eq(initiatives.createdAt, at), lt(initiatives.id, options.cursor.id)))!);
  }
  const rows = await tx
    .select()
    .from(initiatives)
    .where(and(...conditions))
    .orderBy(desc(initiatives.createdAt), desc(initiatives.id))
    .limit(options.limit);
  return rows.map(toRecord);
}

/** decision id → initiative id, for the decisions that created an initiative. */
export async function findInitiativeIdsByDecision(tx: Tx, ctx: Scope, decisionIds: string[]): Promise<Map<string, string>> {
  if (decisionIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: initiatives.id, decisionId: initiatives.decisionId })
    .from(initiatives)
    .where(and(eq(initiatives.organizationId, ctx.organizationId), inArray(initiatives.decisionId, decisionIds)));
  return new Map(rows.map((row) => [row.decisionId, row.id]));
}

/** Writes an edit of an initiative if its version is still `expected`; undefined when someone saved first. */
export async function updateInitiativeRow(
  tx: Tx,
  ctx: Scope,
  id: string,
  expected: number,
  values: Partial<Pick<typeof initiatives.$inferInsert, 'title' | 'description' | 'ownerName' | 'plannedStartYear' | 'plannedEndYear' | 'form' | 'decisionId'>>,
): Promise<InitiativeRecord | undefined> {
  const [row] = await tx
    .update(initiatives)
    .set({ ...values, version: sql`${initiatives.version} + 1`, updatedAt: new Date() })
    .where(and(eq(initiatives.organizationId, ctx.organizationId), eq(initiatives.id, id), eq(initiatives.version, expected)))
    .returning();
  return row ? toRecord(row) : undefined;
}

/** An initiative's focus areas and units: its need's, by name ("Alla" = `allUnits`). */
export type InitiativeScope = { focusAreas: ScopeRef[]; units: ScopeRef[]; allUnits: boolean };

/** need id → its focus areas and units, for the initiatives made from those needs (one query). */
export async function findInitiativeScopes(tx: Tx, ctx: Scope, needIds: readonly string[]): Promise<Map<string, InitiativeScope>> {
  if (needIds.length === 0) return new Map();
  const rows = await tx
    .select({ needId: needs.id, allUnits: needs.allUnits, focusAreas: focusAreasOfNeed(needs.organizationId, needs.id), units: unitsOfNeed(needs.organizationId, needs.id) })
    .from(needs)
    .where(and(eq(needs.organizationId, ctx.organizationId), inArray(needs.id, [...new Set(needIds)])));
  return new Map(rows.map(({ needId, ...scope }) => [needId, scope]));
}
