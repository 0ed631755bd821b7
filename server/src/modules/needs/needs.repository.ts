import { and, eq, max, sql, type Placeholder } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TFieldIssue } from '@domain/problem';
import type { Tx } from '@server/platform/db/database';
import { preparedTenantRead } from '@server/platform/db/tenant-read';
import type { Ctx } from '@server/platform/tenancy/context';
import { needSupporters, needs } from '@server/modules/needs/needs.tables';
import { focusAreas, units } from '@server/modules/organizations/organizations.tables';
import { users } from '@server/modules/users/users.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type NeedRow = typeof needs.$inferSelect;
export type NewNeed = Omit<typeof needs.$inferInsert, 'organizationId' | 'search'>;

/**
 * The next running number of a need in the organisation. A transaction-scoped advisory lock per
 * organisation serialises concurrent submissions, so two needs never get the same number (the
 * unique index would otherwise fail one of them). Held until the caller's transaction ends.
 */
export async function nextNeedNumber(tx: Tx, ctx: Scope): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'need_number:' + ctx.organizationId}, 0))`);
  const [row] = await tx.select({ last: max(needs.number) }).from(needs).where(eq(needs.organizationId, ctx.organizationId));
  return (row?.last ?? 0) + 1;
}

/** Inserts a need in the caller's organisation. */
export async function insertNeed(tx: Tx, ctx: Scope, values: NewNeed): Promise<NeedRow> {
  const [row] = await tx
    .insert(needs)
    .values({ ...values, organizationId: ctx.organizationId })
    .returning();
  return row!;
}

/** One need row of the caller's organisation, optionally locked for the rest of the transaction. */
export async function findNeedRow(tx: Tx, ctx: Scope, id: string, options: { forUpdate?: boolean } = {}): Promise<NeedRow | undefined> {
  const query = tx
    .select()
    .from(needs)
    .where(and(eq(needs.organizationId, ctx.organizationId), eq(needs.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/**
 * Writes `set` only if the need still has `expectedVersion`, bumping the version. Undefined when
 * someone else saved first (the caller answers 412).
 */
export async function updateNeedVersioned(
  tx: Tx,
  ctx: Scope,
  id: string,
  expectedVersion: number,
  set: Partial<Pick<NeedRow, 'title' | 'problem' | 'expectedBenefit' | 'affectedGroups' | 'unitId' | 'focusAreaId' | 'status' | 'mergedIntoId' | 'costEstimate'>>,
): Promise<NeedRow | undefined> {
  const [row] = await tx
    .update(needs)
    .set({ ...set, version: sql`${needs.version} + 1`, updatedAt: new Date() })
    .where(and(eq(needs.organizationId, ctx.organizationId), eq(needs.id, id), eq(needs.version, expectedVersion)))
    .returning();
  return row;
}

/** Bumps a need's version when something it shows (supporters, comments) changed wholesale. */
export async function bumpNeedVersion(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx
    .update(needs)
    .set({ version: sql`${needs.version} + 1`, updatedAt: new Date() })
    .where(and(eq(needs.organizationId, ctx.organizationId), eq(needs.id, id)));
}

/**
 * Checks that the chosen unit and focus area exist in the caller's organisation (and are not
 * archived), and lists an issue per field that does not, so the form can mark it.
 */
export async function findReferenceIssues(tx: Tx, ctx: Scope, refs: { unitId?: string | null; focusAreaId?: string | null }): Promise<TFieldIssue[]> {
  const issues: TFieldIssue[] = [];
  if (refs.unitId) {
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.organizationId, ctx.organizationId), eq(units.id, refs.unitId), eq(units.isArchived, false)));
    if (!unit) issues.push({ path: 'body.unitId', code: 'not_found' });
  }
  if (refs.focusAreaId) {
    const [area] = await tx
      .select({ id: focusAreas.id })
      .from(focusAreas)
      .where(and(eq(focusAreas.organizationId, ctx.organizationId), eq(focusAreas.id, refs.focusAreaId), eq(focusAreas.isArchived, false)));
    if (!area) issues.push({ path: 'body.focusAreaId', code: 'not_found' });
  }
  return issues;
}

/**
 * A timestamp as exact text (microseconds, UTC) for keyset cursors: a JavaScript Date keeps only
 * milliseconds, and a cursor rounded to them would skip or repeat rows that share a millisecond.
 */
export const exactTimestamp = (column: AnyPgColumn) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * A timestamp as the API writes it (ISO 8601, UTC, milliseconds, like `toISOString()`), made by
 * PostgreSQL: parsing its text into a Date and writing that out again cost ~1 µs per row in Node.
 */
export const isoTimestamp = (column: AnyPgColumn) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const mergedTarget = alias(needs, 'merged_target');

/** Columns shared by the need page and the list: names of unit, focus area, submitter, counts. */
export function needSummaryColumns() {
  return {
    id: needs.id,
    number: needs.number,
    title: needs.title,
    affectedGroups: needs.affectedGroups,
    unitId: needs.unitId,
    unitName: units.name,
    focusAreaId: needs.focusAreaId,
    focusAreaName: focusAreas.name,
    submittedBy: needs.submittedBy,
    submitterName: users.name,
    status: needs.status,
    overall: needs.overall,
    quadrant: needs.quadrant,
    submittedAt: isoTimestamp(needs.submittedAt),
    supporterCount: needs.supporterCount,
    commentCount: needs.commentCount,
  };
}

/** Join conditions of the summary columns; every join stays inside the need's organisation. */
export const submitterJoin = eq(users.id, needs.submittedBy);
export const unitJoin = and(eq(units.organizationId, needs.organizationId), eq(units.id, needs.unitId));
export const focusAreaJoin = and(eq(focusAreas.organizationId, needs.organizationId), eq(focusAreas.id, needs.focusAreaId));

type NeedViewKeys = { organizationId: string | Placeholder; id: string | Placeholder; actorId: string | Placeholder };

/** The need page's query: one need with everything its page shows (values or placeholders). */
function needViewQuery(db: Tx, keys: NeedViewKeys) {
  return db
    .select({
      ...needSummaryColumns(),
      problem: needs.problem,
      expectedBenefit: needs.expectedBenefit,
      mergedIntoId: needs.mergedIntoId,
      costEstimate: needs.costEstimate,
      mergedIntoNumber: mergedTarget.number,
      mergedIntoTitle: mergedTarget.title,
      feasibility: needs.feasibility,
      potential: needs.potential,
      updatedAt: needs.updatedAt,
      version: needs.version,
      isSupportedByMe: sql<boolean>`exists(select 1 from ${needSupporters} where ${needSupporters.organizationId} = ${needs.organizationId} and ${needSupporters.needId} = ${needs.id} and ${needSupporters.userId} = ${keys.actorId})`,
    })
    .from(needs)
    .innerJoin(users, submitterJoin)
    .leftJoin(units, unitJoin)
    .leftJoin(focusAreas, focusAreaJoin)
    .leftJoin(mergedTarget, and(eq(mergedTarget.organizationId, needs.organizationId), eq(mergedTarget.id, needs.mergedIntoId)))
    .where(and(eq(needs.organizationId, keys.organizationId), eq(needs.id, keys.id)));
}

/** One need with everything its page shows, in one query; undefined outside the organisation. */
export async function findNeedView(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, id: string) {
  const [row] = await needViewQuery(tx, { organizationId: ctx.organizationId, id, actorId: ctx.actor.id });
  return row;
}

/** The same need page read outside a transaction, its SQL built once (the hottest read there is). */
const needViewRead = preparedTenantRead('need_view', (reader) =>
  needViewQuery(reader, { organizationId: sql.placeholder('organizationId'), id: sql.placeholder('id'), actorId: sql.placeholder('actorId') }),
);

export async function readNeedView(ctx: Pick<Ctx, 'db' | 'organizationId' | 'actor'>, id: string): Promise<NeedView | undefined> {
  const [row] = await needViewRead(ctx, { id, actorId: ctx.actor.id });
  return row;
}
export type NeedView = NonNullable<Awaited<ReturnType<typeof findNeedView>>>;
