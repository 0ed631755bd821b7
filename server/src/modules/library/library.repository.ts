import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { TLibraryChoices, TLibraryEntry, TLibraryHit, TLibrarySearchQuery, TLibrarySnapshot } from '@domain/library.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { libraryCopies, libraryEntries } from '@server/modules/library/library.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type LibraryEntryRow = typeof libraryEntries.$inferSelect;

/** One of the caller's own entries (published or withdrawn), optionally locked for a change. */
export async function findOwnEntry(tx: Tx, ctx: Scope, id: string, options: { forUpdate?: boolean } = {}): Promise<LibraryEntryRow | undefined> {
  const query = tx.select().from(libraryEntries).where(and(eq(libraryEntries.organizationId, ctx.organizationId), eq(libraryEntries.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/**
 * An entry the caller may read: her own (even withdrawn), or any organisation's published one.
 * The predicate says in the query what the row-level policies of migration 0035 allow.
 */
export async function findReadableEntry(tx: Tx, ctx: Scope, id: string): Promise<LibraryEntryRow | undefined> {
  const [row] = await tx
    .select()
    .from(libraryEntries)
    .where(and(eq(libraryEntries.id, id), sql`(${libraryEntries.organizationId} = ${ctx.organizationId} or ${libraryEntries.status} = 'published')`));
  return row;
}

/** The caller's published entry of an initiative, if any. */
export async function findPublishedEntryOfInitiative(tx: Tx, ctx: Scope, initiativeId: string): Promise<LibraryEntryRow | undefined> {
  const [row] = await tx
    .select()
    .from(libraryEntries)
    .where(and(eq(libraryEntries.organizationId, ctx.organizationId), eq(libraryEntries.initiativeId, initiativeId), eq(libraryEntries.status, 'published')));
  return row;
}

export type EntryContent = {
  title: string;
  snapshot: TLibrarySnapshot;
  choices: TLibraryChoices;
  technologies: string[];
  focusAreas: string[];
  stage: number;
  hasOutcome: boolean;
  organizationName: string;
};

export async function insertEntry(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, values: EntryContent & { id: string; initiativeId: string }): Promise<LibraryEntryRow> {
  const [row] = await tx
    .insert(libraryEntries)
    .values({ ...values, organizationId: ctx.organizationId, publishedBy: ctx.actor.id })
    .returning();
  return row!;
}

/** Replaces an entry's snapshot (republishing), only at the version the publisher saw. */
export async function updateEntryVersioned(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, id: string, expected: number, values: EntryContent): Promise<LibraryEntryRow | undefined> {
  const [row] = await tx
    .update(libraryEntries)
    .set({ ...values, publishedBy: ctx.actor.id, version: sql`${libraryEntries.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(libraryEntries.organizationId, ctx.organizationId), eq(libraryEntries.id, id), eq(libraryEntries.version, expected), eq(libraryEntries.status, 'published')))
    .returning();
  return row;
}

export async function withdrawEntryVersioned(tx: Tx, ctx: Scope, id: string, expected: number): Promise<LibraryEntryRow | undefined> {
  const [row] = await tx
    .update(libraryEntries)
    .set({ status: 'withdrawn', withdrawnAt: sql`now()`, version: sql`${libraryEntries.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(libraryEntries.organizationId, ctx.organizationId), eq(libraryEntries.id, id), eq(libraryEntries.version, expected), eq(libraryEntries.status, 'published')))
    .returning();
  return row;
}

/** How many organisations copied each of the caller's own entries (SECURITY DEFINER, migration 0035). */
export async function reuseCounts(tx: Tx): Promise<Map<string, number>> {
  const result = await tx.execute<{ library_entry_id: string; copies: number }>(sql`select library_entry_id, copies from library_reuse_counts()`);
  return new Map(result.rows.map((row) => [row.library_entry_id, Number(row.copies)]));
}

export async function insertCopy(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, values: { id: string; libraryEntryId: string; entryTitle: string; needId: string }): Promise<void> {
  await tx.insert(libraryCopies).values({ ...values, organizationId: ctx.organizationId, copiedBy: ctx.actor.id });
}

/** The entry a need of the caller's organisation was copied from, if it was. */
export async function findCopyOfNeed(tx: Tx, ctx: Scope, needId: string): Promise<{ libraryEntryId: string; entryTitle: string; createdAt: Date } | undefined> {
  const [row] = await tx
    .select({ libraryEntryId: libraryCopies.libraryEntryId, entryTitle: libraryCopies.entryTitle, createdAt: libraryCopies.createdAt })
    .from(libraryCopies)
    .where(and(eq(libraryCopies.organizationId, ctx.organizationId), eq(libraryCopies.needId, needId)));
  return row;
}

const cursorOf = (offset: number) => Buffer.from(String(offset)).toString('base64url');
function offsetOf(cursor: string | undefined): number {
  if (!cursor) return 0;
  const offset = Number(Buffer.from(cursor, 'base64url').toString());
  return Number.isInteger(offset) && offset >= 0 && offset <= 100_000 ? offset : 0;
}

type HitRow = {
  id: string;
  title: string;
  organization_name: string;
  mine: boolean;
  summary: string | null;
  form: string | null;
  stage: number;
  technologies: string[];
  focus_areas: string[];
  has_outcome: boolean;
  published_at: Date | string;
  total: number | string;
};

/**
 * Searches the installation's published entries: Swedish full text (GIN index on `search`, best
 * matches first) and the filters; withdrawn entries never match (status is in every query).
 * Paged by offset: the ranking is not a stable key a cursor could continue from.
 */
export async function searchEntries(tx: Tx, ctx: Scope, query: TLibrarySearchQuery): Promise<{ items: TLibraryHit[]; nextCursor: string | null; total: number }> {
  const conditions: SQL[] = [sql`status = 'published'`];
  const q = query.q?.trim();
  const tsquery = q ? sql`websearch_to_tsquery('swedish', ${q})` : null;
  if (tsquery) conditions.push(sql`search @@ ${tsquery}`);
  if (query.technology) conditions.push(sql`technologies @> array[${query.technology}]::text[]`);
  if (query.focusArea) conditions.push(sql`focus_areas @> array[${query.focusArea}]::text[]`);
  if (query.stage) conditions.push(sql`stage >= ${query.stage}`);
  if (query.hasOutcome) conditions.push(sql`has_outcome = ${query.hasOutcome === 'true'}`);
  const offset = offsetOf(query.cursor);
  // The matches are found and ordered on narrow columns only (id, date, rank); the snapshot, whose
  // summary the hit shows, is read for the page's rows alone. Counting in the same pass with
  // count(*) over () had made PostgreSQL read every match's snapshot before the limit.
  const result = await tx.execute<HitRow>(sql`
    with matches as materialized (
      select id, published_at, ${tsquery ? sql`ts_rank(search, ${tsquery})` : sql`0::real`} as rank
      from library_entries
      where ${sql.join(conditions, sql` and `)}
    ), page as (
      select id, rank, published_at from matches order by rank desc, published_at desc, id desc limit ${query.limit} offset ${offset}
    )
    select e.id, e.title, e.organization_name, e.organization_id = ${ctx.organizationId} as mine, left(e.snapshot->>'summary', 300) as summary,
           e.snapshot->>'form' as form, e.stage, e.technologies, e.focus_areas, e.has_outcome, e.published_at, (select count(*) from matches) as total
    from page p join library_entries e on e.id = p.id and e.status = 'published'
    order by p.rank desc, p.published_at desc, p.id desc`);
  const rows = result.rows;
  const total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      organizationName: row.organization_name,
      mine: row.mine,
      summary: row.summary ?? '',
      form: (row.form ?? 'project') as TLibraryHit['form'],
      stageReached: row.stage,
      technologies: row.technologies,
      focusAreas: row.focus_areas,
      hasOutcome: row.has_outcome,
      publishedAt: new Date(row.published_at).toISOString(),
    })),
    nextCursor: offset + rows.length < total ? cursorOf(offset + rows.length) : null,
    total,
  };
}

/** Every technology and focus area of the published entries, for the search filters. */
export async function findFilterChoices(tx: Tx): Promise<{ technologies: string[]; focusAreas: string[] }> {
  const result = await tx.execute<{ technologies: string[] | null; focus_areas: string[] | null }>(sql`
    select (select array_agg(distinct t order by t) from library_entries, unnest(technologies) t where status = 'published') as technologies,
           (select array_agg(distinct f order by f) from library_entries, unnest(focus_areas) f where status = 'published') as focus_areas`);
  const row = result.rows[0];
  return { technologies: row?.technologies ?? [], focusAreas: row?.focus_areas ?? [] };
}

/** An entry as the API shows it to the caller: what only the publisher sees is null for others. */
export function presentEntry(row: LibraryEntryRow, ctx: Scope, reuse: Map<string, number> | null): TLibraryEntry {
  const mine = row.organizationId === ctx.organizationId;
  return {
    id: row.id,
    title: row.title,
    organizationName: row.organizationName,
    mine,
    status: row.status as TLibraryEntry['status'],
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    snapshot: row.snapshot as TLibrarySnapshot,
    initiativeId: mine ? row.initiativeId : null,
    choices: mine ? (row.choices as TLibraryChoices) : null,
    reuseCount: mine ? (reuse?.get(row.id) ?? 0) : null,
  };
}
