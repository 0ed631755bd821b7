import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { units } from '@server/modules/organizations/organizations.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { memberships, users } from '@server/modules/users/users.tables';
import { systemInitiatives, systems, systemTasks, systemUnits } from '@server/modules/systems/systems.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type SystemRow = typeof systems.$inferSelect;
export type SystemValues = Omit<typeof systems.$inferInsert, 'organizationId' | 'id' | 'version' | 'createdAt' | 'updatedAt'>;

const inOrg = (ctx: Scope) => eq(systems.organizationId, ctx.organizationId);

/** Every system of the organisation by name (the list is small: tens, not thousands). */
export async function findSystemRows(tx: Tx, ctx: Scope, options: { initiativeId?: string } = {}) {
  const query = tx.select().from(systems);
  if (!options.initiativeId) return query.where(inOrg(ctx)).orderBy(asc(systems.name), asc(systems.id));
  const linked = tx
    .select({ id: systemInitiatives.systemId })
    .from(systemInitiatives)
    .where(and(eq(systemInitiatives.organizationId, ctx.organizationId), eq(systemInitiatives.initiativeId, options.initiativeId)));
  return query.where(and(inOrg(ctx), inArray(systems.id, linked))).orderBy(asc(systems.name), asc(systems.id));
}

/** One system of the organisation, or undefined (also for another organisation's id). */
export async function findSystemRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}) {
  const query = tx.select().from(systems).where(and(inOrg(ctx), eq(systems.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function insertSystemRow(tx: Tx, ctx: Scope, id: string, values: SystemValues) {
  const [row] = await tx.insert(systems).values({ organizationId: ctx.organizationId, id, ...values }).returning();
  return row!;
}

/** Writes only if the system is still at `expected`; undefined means someone saved first. */
export async function updateSystemRow(tx: Tx, ctx: Scope, id: string, expected: number, values: Partial<SystemValues>) {
  const [row] = await tx
    .update(systems)
    .set({ ...values, version: sql`${systems.version} + 1`, updatedAt: new Date() })
    .where(and(inOrg(ctx), eq(systems.id, id), eq(systems.version, expected)))
    .returning();
  return row;
}

/** Replaces the units that use a system. */
export async function replaceSystemUnits(tx: Tx, ctx: Scope, systemId: string, unitIds: readonly string[]) {
  await tx.delete(systemUnits).where(and(eq(systemUnits.organizationId, ctx.organizationId), eq(systemUnits.systemId, systemId)));
  if (unitIds.length > 0) await tx.insert(systemUnits).values(unitIds.map((unitId) => ({ organizationId: ctx.organizationId, systemId, unitId })));
}

/** Replaces the initiatives that introduced or changed a system. */
export async function replaceSystemInitiatives(tx: Tx, ctx: Scope, systemId: string, links: ReadonlyArray<{ initiativeId: string; relation: string }>) {
  await tx.delete(systemInitiatives).where(and(eq(systemInitiatives.organizationId, ctx.organizationId), eq(systemInitiatives.systemId, systemId)));
  if (links.length > 0) await tx.insert(systemInitiatives).values(links.map((link) => ({ organizationId: ctx.organizationId, systemId, ...link })));
}

export async function findSystemUnits(tx: Tx, ctx: Scope, systemId: string) {
  return tx
    .select({ id: units.id, name: units.name })
    .from(systemUnits)
    .innerJoin(units, and(eq(units.organizationId, systemUnits.organizationId), eq(units.id, systemUnits.unitId)))
    .where(and(eq(systemUnits.organizationId, ctx.organizationId), eq(systemUnits.systemId, systemId)))
    .orderBy(asc(units.name));
}

export async function findSystemInitiativeLinks(tx: Tx, ctx: Scope, systemId: string) {
  return tx
    .select({ initiativeId: systemInitiatives.initiativeId, relation: systemInitiatives.relation, title: initiatives.title })
    .from(systemInitiatives)
    .innerJoin(initiatives, and(eq(initiatives.organizationId, systemInitiatives.organizationId), eq(initiatives.id, systemInitiatives.initiativeId)))
    .where(and(eq(systemInitiatives.organizationId, ctx.organizationId), eq(systemInitiatives.systemId, systemId)))
    .orderBy(asc(initiatives.title));
}

/** The stored task rows of a system with the assignee's name. */
export async function findSystemTaskRows(tx: Tx, ctx: Scope, systemId: string) {
  return tx
    .select({ task: systemTasks.task, assigneeUserId: systemTasks.assigneeUserId, assigneeName: users.name, done: systemTasks.done })
    .from(systemTasks)
    .leftJoin(users, eq(users.id, systemTasks.assigneeUserId))
    .where(and(eq(systemTasks.organizationId, ctx.organizationId), eq(systemTasks.systemId, systemId)));
}

/** How many tasks are ticked per system. */
export async function countDoneTasks(tx: Tx, ctx: Scope): Promise<Map<string, number>> {
  const rows = await tx
    .select({ systemId: systemTasks.systemId, done: sql<number>`count(*)::int` })
    .from(systemTasks)
    .where(and(eq(systemTasks.organizationId, ctx.organizationId), eq(systemTasks.done, true)))
    .groupBy(systemTasks.systemId);
  return new Map(rows.map((row) => [row.systemId, row.done]));
}

export async function upsertSystemTask(tx: Tx, ctx: Scope, systemId: string, task: string, values: { assigneeUserId: string | null; done: boolean }) {
  await tx
    .insert(systemTasks)
    .values({ organizationId: ctx.organizationId, systemId, task, ...values })
    .onConflictDoUpdate({ target: [systemTasks.organizationId, systemTasks.systemId, systemTasks.task], set: values });
}

/**
 * The organisation's units by lower-case name, for files that name them. An active unit wins over
 * an archived one of the same name.
 */
export async function findUnitIdsByName(tx: Tx, ctx: Scope): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(eq(units.organizationId, ctx.organizationId))
    .orderBy(sql`${units.isArchived} desc`);
  return new Map(rows.map((row) => [row.name.trim().toLowerCase(), row.id]));
}

/** Every system's unit names, alphabetical (for the export). */
export async function findUnitNamesBySystem(tx: Tx, ctx: Scope): Promise<Map<string, string[]>> {
  const rows = await tx
    .select({ systemId: systemUnits.systemId, name: units.name })
    .from(systemUnits)
    .innerJoin(units, and(eq(units.organizationId, systemUnits.organizationId), eq(units.id, systemUnits.unitId)))
    .where(eq(systemUnits.organizationId, ctx.organizationId))
    .orderBy(asc(units.name));
  const bySystem = new Map<string, string[]>();
  for (const row of rows) bySystem.set(row.systemId, [...(bySystem.get(row.systemId) ?? []), row.name]);
  return bySystem;
}

/** The ids among `ids` that are units of the organisation. */
export async function existingUnitIds(tx: Tx, ctx: Scope, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: units.id }).from(units).where(and(eq(units.organizationId, ctx.organizationId), inArray(units.id, [...ids])));
  return new Set(rows.map((row) => row.id));
}

/** The ids among `ids` that are initiatives of the organisation. */
export async function existingInitiativeIds(tx: Tx, ctx: Scope, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(and(eq(initiatives.organizationId, ctx.organizationId), inArray(initiatives.id, [...ids])));
  return new Set(rows.map((row) => row.id));
}

/** Whether the user is a member of the organisation (a task can only be assigned to a member). */
export async function isMember(tx: Tx, ctx: Scope, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
  return Boolean(row);
}

