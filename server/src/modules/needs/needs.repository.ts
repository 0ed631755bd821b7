import { Column, and, eq, getTableName, inArray, is, max, sql, type Placeholder, type SQLWrapper } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TFieldIssue } from '@domain/problem';
import type { Tx } from '@server/platform/db/database';
import { preparedTenantRead } from '@server/platform/db/tenant-read';
import type { Ctx } from '@server/platform/tenancy/context';
import { needFocusAreas, needSupporters, needUnits, needs } from '@server/modules/needs/needs.tables';
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

/**
 * Inserts many needs of the caller's organisation (an imported plan) in statements of a few hundred
 * rows each, within the driver's parameter limit; returns the rows in the order given.
 */
export async function insertNeeds(tx: Tx, ctx: Scope, values: readonly NewNeed[]): Promise<NeedRow[]> {
  const CHUNK = 400;
  const inserted = new Map<string, NeedRow>();
  for (let start = 0; start < values.length; start += CHUNK) {
    const rows = await tx
      .insert(needs)
      .values(values.slice(start, start + CHUNK).map((value) => ({ ...value, organizationId: ctx.organizationId })))
      .returning();
    for (const row of rows) inserted.set(row.id, row);
  }
  return values.map((value) => inserted.get(value.id!)!);
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
  set: Partial<Pick<NeedRow, 'title' | 'problem' | 'expectedBenefit' | 'affectedGroups' | 'allUnits' | 'status' | 'mergedIntoId' | 'costEstimate'>>,
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

/** The lists of a need's scope as stored: ids only ("Alla" is the need's `all_units`). */
export type NeedScopeIds = { focusAreaIds: string[]; unitIds: string[] };

/**
 * Checks that every chosen focus area and unit exists in the caller's organisation (and is not
 * archived), and lists an issue per field that names one that does not, so the form can mark it.
 * Another organisation's id is simply not found: nothing says it exists elsewhere.
 */
export async function findScopeIssues(tx: Tx, ctx: Scope, refs: { focusAreaIds?: readonly string[]; unitIds?: readonly string[] }): Promise<TFieldIssue[]> {
  const issues: TFieldIssue[] = [];
  const unitIds = [...new Set(refs.unitIds ?? [])];
  if (unitIds.length > 0) {
    const found = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.organizationId, ctx.organizationId), inArray(units.id, unitIds), eq(units.isArchived, false)));
    if (found.length !== unitIds.length) issues.push({ path: 'body.unitIds', code: 'not_found' });
  }
  const focusAreaIds = [...new Set(refs.focusAreaIds ?? [])];
  if (focusAreaIds.length > 0) {
    const found = await tx
      .select({ id: focusAreas.id })
      .from(focusAreas)
      .where(and(eq(focusAreas.organizationId, ctx.organizationId), inArray(focusAreas.id, focusAreaIds), eq(focusAreas.isArchived, false)));
    if (found.length !== focusAreaIds.length) issues.push({ path: 'body.focusAreaIds', code: 'not_found' });
  }
  return issues;
}

/** The focus area and unit ids of a need, sorted (for comparing and for the audit log). */
export async function findNeedScopeIds(tx: Tx, ctx: Scope, needId: string): Promise<NeedScopeIds> {
  const [areas, unitRows] = [
    await tx
      .select({ id: needFocusAreas.focusAreaId })
      .from(needFocusAreas)
      .where(and(eq(needFocusAreas.organizationId, ctx.organizationId), eq(needFocusAreas.needId, needId))),
    await tx
      .select({ id: needUnits.unitId })
      .from(needUnits)
      .where(and(eq(needUnits.organizationId, ctx.organizationId), eq(needUnits.needId, needId))),
  ];
  return { focusAreaIds: areas.map((a) => a.id).sort(), unitIds: unitRows.map((u) => u.id).sort() };
}

/** Replaces a need's focus areas (when given) and units (when given) with the given lists. */
export async function replaceNeedScope(tx: Tx, ctx: Scope, needId: string, scope: Partial<NeedScopeIds>): Promise<void> {
  if (scope.focusAreaIds) {
    await tx.delete(needFocusAreas).where(and(eq(needFocusAreas.organizationId, ctx.organizationId), eq(needFocusAreas.needId, needId)));
    const ids = [...new Set(scope.focusAreaIds)];
    if (ids.length > 0) await tx.insert(needFocusAreas).values(ids.map((focusAreaId) => ({ organizationId: ctx.organizationId, needId, focusAreaId })));
  }
  if (scope.unitIds) {
    await tx.delete(needUnits).where(and(eq(needUnits.organizationId, ctx.organizationId), eq(needUnits.needId, needId)));
    const ids = [...new Set(scope.unitIds)];
    if (ids.length > 0) await tx.insert(needUnits).values(ids.map((unitId) => ({ organizationId: ctx.organizationId, needId, unitId })));
  }
}

/** The focus areas and units of many new needs at once (nothing to replace: the needs were just inserted). */
export async function insertNeedScopes(tx: Tx, ctx: Scope, scopes: ReadonlyArray<{ needId: string } & NeedScopeIds>): Promise<void> {
  const CHUNK = 2000;
  const focusRows = scopes.flatMap(({ needId, focusAreaIds }) => [...new Set(focusAreaIds)].map((focusAreaId) => ({ organizationId: ctx.organizationId, needId, focusAreaId })));
  const unitRows = scopes.flatMap(({ needId, unitIds }) => [...new Set(unitIds)].map((unitId) => ({ organizationId: ctx.organizationId, needId, unitId })));
  for (let start = 0; start < focusRows.length; start += CHUNK) await tx.insert(needFocusAreas).values(focusRows.slice(start, start + CHUNK));
  for (let start = 0; start < unitRows.length; start += CHUNK) await tx.insert(needUnits).values(unitRows.slice(start, start + CHUNK));
}

/** A focus area or unit as the API shows it. */
export type ScopeRef = { id: string; name: string };

const SWEDISH_ORDER = sql.identifier('sv-SE-x-icu');

/** A value in the queries below: a column of the outer query, an expression, a value or a placeholder. */
type Outer = SQLWrapper | string | Placeholder;

/**
 * A column of the outer query written with its table ("needs"."id"): Drizzle leaves the table off
 * in a one-table select, and inside the subqueries below a bare "id" would be ambiguous.
 */
const outer = (ref: Outer) => (is(ref, Column) ? sql`${sql.identifier(getTableName(ref.table))}.${sql.identifier(ref.name)}` : ref);

/**
 * A need's focus areas as a JSON array of {id, name} in Swedish order, read in the same query as
 * the need: `organization` and `needId` are the need's columns (or parameters) in that query.
 * Exported for the modules that show a need's scope (matrix, portfolio, plans, benefits).
 */
export function focusAreasOfNeed(organization: Outer, needId: Outer) {
  return sql<ScopeRef[]>`coalesce((select json_agg(json_build_object('id', "nfa"."focus_area_id", 'name', "fa"."name") order by "fa"."name" collate ${SWEDISH_ORDER}, "fa"."id") from "need_focus_areas" "nfa" join "focus_areas" "fa" on "fa"."organization_id" = "nfa"."organization_id" and "fa"."id" = "nfa"."focus_area_id" where "nfa"."organization_id" = ${outer(organization)} and "nfa"."need_id" = ${outer(needId)}), '[]'::json)`;
}

/** A need's units as a JSON array of {id, name} in Swedish order (see `focusAreasOfNeed`). */
export function unitsOfNeed(organization: Outer, needId: Outer) {
  return sql<ScopeRef[]>`coalesce((select json_agg(json_build_object('id', "nu"."unit_id", 'name', "u"."name") order by "u"."name" collate ${SWEDISH_ORDER}, "u"."id") from "need_units" "nu" join "units" "u" on "u"."organization_id" = "nu"."organization_id" and "u"."id" = "nu"."unit_id" where "nu"."organization_id" = ${outer(organization)} and "nu"."need_id" = ${outer(needId)}), '[]'::json)`;
}

/**
 * The first of a need's focus areas in Swedish order, or null: for what holds one focus area of
 * its own, such as a plan item that starts from the need.
 */
export function firstFocusAreaIdOfNeed(organization: Outer, needId: Outer) {
  return sql<string | null>`(select "nfa"."focus_area_id" from "need_focus_areas" "nfa" join "focus_areas" "fa" on "fa"."organization_id" = "nfa"."organization_id" and "fa"."id" = "nfa"."focus_area_id" where "nfa"."organization_id" = ${outer(organization)} and "nfa"."need_id" = ${outer(needId)} order by "fa"."name" collate ${SWEDISH_ORDER}, "fa"."id" limit 1)`;
}

/** Needs that belong to the focus area (any of theirs). */
export function inFocusArea(organization: Outer, needId: Outer, focusAreaId: string | Placeholder) {
  return sql`exists (select 1 from "need_focus_areas" "nfa" where "nfa"."organization_id" = ${outer(organization)} and "nfa"."need_id" = ${outer(needId)} and "nfa"."focus_area_id" = ${focusAreaId})`;
}

/** Needs that concern the unit: one of theirs, or all units ("Alla"). */
export function concernsUnit(organization: Outer, needId: Outer, allUnits: Outer, unitId: string | Placeholder) {
  return sql`(${outer(allUnits)} or exists (select 1 from "need_units" "nu" where "nu"."organization_id" = ${outer(organization)} and "nu"."need_id" = ${outer(needId)} and "nu"."unit_id" = ${unitId}))`;
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

/** Columns shared by the need page and the list: focus areas and units by name, submitter, counts. */
export function needSummaryColumns() {
  return {
    id: needs.id,
    number: needs.number,
    title: needs.title,
    affectedGroups: needs.affectedGroups,
    focusAreas: focusAreasOfNeed(needs.organizationId, needs.id),
    units: unitsOfNeed(needs.organizationId, needs.id),
    allUnits: needs.allUnits,
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
      what: needs.what,
      how: needs.how,
      proposedBy: needs.proposedBy,
      plannedStartYear: needs.plannedStartYear,
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
