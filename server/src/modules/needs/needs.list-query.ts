import { and, asc, desc, eq, inArray, sql, type Placeholder, type SQL, type SQLWrapper } from 'drizzle-orm';
import { quadrantsOf, type NeedSort, type TNeedExportQuery, type TNeedListQuery } from '@domain/needs.contracts';
import type { Db, Tx } from '@server/platform/db/database';
import { preparedTenantReads } from '@server/platform/db/tenant-read';
import type { Ctx } from '@server/platform/tenancy/context';
import { decodeCursor, encodeCursor } from '@server/platform/http/cursor';
import { needs } from '@server/modules/needs/needs.tables';
import { users } from '@server/modules/users/users.tables';
import { concernsUnit, exactTimestamp, focusAreasOfNeed, inFocusArea, isoTimestamp, unitsOfNeed } from '@server/modules/needs/needs.repository';

/** Whose list it is: the organisation, and the user for `mine`. */
export type NeedListScope = { organizationId: string; actorId: string };

/** The keyset position of the last row on a page: its sort key and id (ties broken by id). */
type NeedCursor = { s: NeedSort; k: string | number | null; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXACT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

function isCursorFor(sort: NeedSort) {
  return (value: unknown): value is NeedCursor => {
    if (typeof value !== 'object' || value === null) return false;
    const { s, k, id } = value as Record<string, unknown>;
    if (s !== sort || typeof id !== 'string' || !UUID.test(id)) return false;
    switch (sort) {
      case 'submittedAt_desc':
      case 'submittedAt_asc':
        return typeof k === 'string' && EXACT_TIME.test(k);
      case 'title_asc':
        return typeof k === 'string';
      case 'overall_asc':
        return k === null || typeof k === 'number';
    }
  };
}

/**
 * How a value enters the SQL: as itself (the export builds its query per request), or as a
 * named placeholder whose value is recorded (the list's query is built once per shape and run
 * with the recorded values, see `readNeedsListPage`).
 */
type Bind = <T>(name: string, value: T) => T | Placeholder;
const asValue: Bind = (_name, value) => value;

/** Half-open bounds of a calendar quarter in Swedish time ('2025-Q3' → 1 July … 1 October). */
function quarterCondition(quarter: string, bind: Bind): SQL {
  const year = Number(quarter.slice(0, 4));
  const index = Number(quarter.slice(6)) - 1;
  const start = `${year}-${String(index * 3 + 1).padStart(2, '0')}-01`;
  const end = index === 3 ? `${year + 1}-01-01` : `${year}-${String(index * 3 + 4).padStart(2, '0')}-01`;
  return sql`${needs.submittedAt} >= (${bind('quarterStart', start)}::timestamp at time zone 'Europe/Stockholm') and ${needs.submittedAt} < (${bind('quarterEnd', end)}::timestamp at time zone 'Europe/Stockholm')`;
}

/**
 * The list's filters and search as SQL conditions, starting with the organisation predicate.
 * Shared with the Excel export so both select exactly the same needs.
 */
/** "B-12", "b12" or "12": people refer to needs by their number as often as by their words. */
const NEED_NUMBER = /^\s*(?:B\s*-?\s*)?(\d{1,9})\s*$/i;

/** Swedish full-text search, or the need with that number when the text is a need number. */
function searchCondition(q: string, bind: Bind): SQL {
  const fullText = sql`${needs.search} @@ websearch_to_tsquery('swedish', ${bind('q', q)})`;
  const number = NEED_NUMBER.exec(q)?.[1];
  return number ? sql`(${needs.number} = ${bind('needNumber', Number(number))} or ${fullText})` : fullText;
}

export function filterConditions(scope: NeedListScope, query: TNeedExportQuery, bind: Bind = asValue): SQL[] {
  const conditions: SQL[] = [eq(needs.organizationId, bind('organizationId', scope.organizationId))];
  if (query.status) conditions.push(eq(needs.status, bind('status', query.status)));
  // A need matches a unit or focus area when it is any of its own; "Alla" concerns every unit.
  if (query.unitId) conditions.push(concernsUnit(needs.organizationId, needs.id, needs.allUnits, bind('unitId', query.unitId)));
  if (query.focusAreaId) conditions.push(inFocusArea(needs.organizationId, needs.id, bind('focusAreaId', query.focusAreaId)));
  if (query.priority) conditions.push(inArray(needs.quadrant, quadrantsOf(query.priority).map((quadrant, i) => bind(`quadrant${i}`, quadrant))));
  if (query.mine) conditions.push(eq(needs.submittedBy, bind('actorId', scope.actorId)));
  if (query.quarter) conditions.push(quarterCondition(query.quarter, bind));
  if (query.q) conditions.push(searchCondition(query.q, bind));
  return conditions;
}

/** Titles sort as a Swede expects: … X, Y, Z, Å, Ä, Ö (ICU collation, in every PostgreSQL 17 build we support). */
const SWEDISH = sql.identifier('sv-SE-x-icu');

/** Rows strictly after the cursor in the list's order; nulls of `overall` come last. */
function afterCursor(cursor: NeedCursor, bind: Bind): SQL {
  const id = bind('cursorId', cursor.id);
  switch (cursor.s) {
    case 'submittedAt_desc':
      return sql`(${needs.submittedAt}, ${needs.id}) < (${bind('cursorKey', cursor.k)}::timestamptz, ${id}::uuid)`;
    case 'submittedAt_asc':
      return sql`(${needs.submittedAt}, ${needs.id}) > (${bind('cursorKey', cursor.k)}::timestamptz, ${id}::uuid)`;
    case 'title_asc':
      return sql`(${needs.title} collate ${SWEDISH}, ${needs.id}) > (${bind('cursorKey', cursor.k)} collate ${SWEDISH}, ${id}::uuid)`;
    case 'overall_asc': {
      if (cursor.k === null) return sql`(${needs.overall} is null and ${needs.id} > ${id}::uuid)`;
      const key = bind('cursorKey', cursor.k);
      return sql`(${needs.overall} > ${key} or (${needs.overall} = ${key} and ${needs.id} > ${id}::uuid) or ${needs.overall} is null)`;
    }
  }
}

/** "table"."column", written out so Drizzle cannot leave the table off. */
function qualified(table: string, column: { name: string }): SQL {
  return sql`${sql.identifier(table)}.${sql.identifier(column.name)}`;
}

type SortColumns = { submittedAt: SQLWrapper; id: SQLWrapper; title: SQLWrapper; overall: SQLWrapper };

/** The list's order for a sort choice, ties broken by id; shared with the Excel export. */
export function orderOf(sort: NeedSort, c: SortColumns): SQL[] {
  switch (sort) {
    case 'submittedAt_desc':
      return [desc(c.submittedAt), desc(c.id)];
    case 'submittedAt_asc':
      return [asc(c.submittedAt), asc(c.id)];
    case 'title_asc':
      return [sql`${c.title} collate ${SWEDISH} asc`, asc(c.id)];
    case 'overall_asc':
      return [sql`${c.overall} asc nulls last`, asc(c.id)];
  }
}

/**
 * The needs list as one query — filters, Swedish full-text search, keyset paging on (sort key, id)
 * — fetching one row more than the limit to tell whether another page follows. The page of needs
 * is cut first, and only its rows get the names of unit, focus area and submitter, so the cost
 * stays that of ~50 rows whatever the filter. Supporter and comment counts are kept on the row.
 * `conditions` start with the organisation predicate (`filterConditions`); row-level security
 * additionally gets the organisation from the tenant read that runs it.
 */
function needsListSelect(db: Db | Tx, organization: string | Placeholder, conditions: SQL[], sort: NeedSort, limit: number | Placeholder) {
  const page = db
    .select({
      id: needs.id,
      number: needs.number,
      title: needs.title,
      affectedGroups: needs.affectedGroups,
      allUnits: needs.allUnits,
      submittedBy: needs.submittedBy,
      status: needs.status,
      overall: needs.overall,
      quadrant: needs.quadrant,
      submittedAt: needs.submittedAt,
      submittedAtKey: exactTimestamp(needs.submittedAt).as('submitted_at_key'),
      submittedAtIso: isoTimestamp(needs.submittedAt).as('submitted_at_iso'),
      supporterCount: needs.supporterCount,
      commentCount: needs.commentCount,
    })
    .from(needs)
    .where(and(...conditions))
    .orderBy(...orderOf(sort, needs))
    .limit(limit)
    .as('page');
  // Focus areas and units are read per row of the page (≤ 51) through the join tables' primary
  // keys, with the organisation *parameter* (with the page's organization_id, a generic plan read
  // every unit of the installation). Users have no organisation column: the submitter's name is
  // a primary-key probe per row.
  const p = (column: { name: string }) => qualified('page', column);
  return db
    .select({
      id: page.id,
      number: page.number,
      title: page.title,
      affectedGroups: page.affectedGroups,
      focusAreas: focusAreasOfNeed(organization, p(needs.id)),
      units: unitsOfNeed(organization, p(needs.id)),
      allUnits: page.allUnits,
      submittedBy: page.submittedBy,
      submitterName: sql<string>`(select ${qualified('users', users.name)} from ${users} where ${qualified('users', users.id)} = ${p(page.submittedBy)})`,
      status: page.status,
      overall: page.overall,
      quadrant: page.quadrant,
      submittedAt: page.submittedAtIso,
      submittedAtKey: page.submittedAtKey,
      supporterCount: page.supporterCount,
      commentCount: page.commentCount,
    })
    .from(page)
    .orderBy(...orderOf(sort, page));
}

/** The list's SQL, built once per shape (sort and which values are present) and kept prepared. */
const needsListReads = preparedTenantReads('needs_list', (reader, shape: { conditions: SQL[]; sort: NeedSort }) =>
  needsListSelect(reader, sql.placeholder('organizationId'), shape.conditions, shape.sort, sql.placeholder('limit')),
);

/**
 * One page of the needs list for the caller's organisation, one more row than the limit to tell
 * whether another page follows. The conditions are made with placeholders, recording the values;
 * the names of the recorded values decide the SQL text, so they name the shape.
 */
export function readNeedsListPage(ctx: Pick<Ctx, 'db' | 'organizationId' | 'actor'>, query: TNeedListQuery): Promise<NeedListRow[]> {
  const values: Record<string, unknown> = {};
  const bind: Bind = (name, value) => {
    values[name] = value;
    return sql.placeholder(name);
  };
  const cursor = decodeCursor(query.cursor, isCursorFor(query.sort));
  const conditions = filterConditions({ organizationId: ctx.organizationId, actorId: ctx.actor.id }, query, bind);
  if (cursor) conditions.push(afterCursor(cursor, bind));
  values.limit = query.limit + 1;
  const key = `${query.sort}:${Object.keys(values).sort().join(',')}`;
  return needsListReads(ctx, { key, input: { conditions, sort: query.sort } }, values);
}

export type NeedListRow = Awaited<ReturnType<typeof needsListSelect>>[number];

/** The opaque cursor that continues the list after `row`. */
export function cursorAfter(sort: NeedSort, row: NeedListRow): string {
  switch (sort) {
    case 'submittedAt_desc':
    case 'submittedAt_asc':
      return encodeCursor({ s: sort, k: row.submittedAtKey, id: row.id });
    case 'title_asc':
      return encodeCursor({ s: sort, k: row.title, id: row.id });
    case 'overall_asc':
      return encodeCursor({ s: sort, k: row.overall, id: row.id });
  }
}
