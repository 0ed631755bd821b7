import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tsvector, updatedAt, version } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { users } from '@server/modules/users/users.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { needs } from '@server/modules/needs/needs.tables';

/**
 * Biblioteket: an initiative an organisation published for the whole installation, as a snapshot
 * (`snapshot`, domain/library.contracts.ts ZLibrarySnapshot) taken when it was published or
 * updated — never the live initiative. The only rows one organisation ever reads of another:
 * besides the tenant policy, migration 0035 lets anyone SELECT a row whose status is 'published'
 * (and nothing else). The publisher's name is copied in so readers never touch `organizations`.
 * The filter columns (technologies, focus areas, stage, has_outcome) are copied from the snapshot.
 */
export const libraryEntries = pgTable(
  'library_entries',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    initiativeId: uuid('initiative_id').notNull(),
    organizationName: text('organization_name').notNull(),
    title: text('title').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    /** What the publisher chose to include (domain ZLibraryChoices), to prefill an update. */
    choices: jsonb('choices').notNull(),
    technologies: text('technologies').array().notNull().default(sql`'{}'`),
    focusAreas: text('focus_areas').array().notNull().default(sql`'{}'`),
    stage: smallint('stage').notNull(),
    hasOutcome: boolean('has_outcome').notNull(),
    /** published, or withdrawn (gone from search at once; kept for the publisher's audit trail). */
    status: text('status').notNull().default('published'),
    publishedBy: uuid('published_by').notNull().references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('swedish', coalesce(title, '')), 'A') || setweight(to_tsvector('swedish', coalesce(snapshot->>'summary', '') || ' ' || coalesce(snapshot->>'problem', '') || ' ' || coalesce(snapshot->>'expectedBenefit', '')), 'B') || setweight(jsonb_to_tsvector('swedish'::regconfig, coalesce(snapshot->'technologies', '[]') || coalesce(snapshot->'focusAreas', '[]') || coalesce(snapshot->'lessons', '[]'), '["string"]'::jsonb), 'C')`,
    ),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }),
    uniqueIndex('library_entries_published_initiative_key').on(t.organizationId, t.initiativeId).where(sql`${t.status} = 'published'`),
    index('library_entries_search_idx').using('gin', t.search),
    index('library_entries_published_idx').on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`${t.status} = 'published'`),
  ],
);

/**
 * A copy of a library entry as a need, kept in the copier's organisation (so copying never writes
 * into the publisher's rows); the publisher's reuse count is counted over these by the
 * SECURITY DEFINER function `library_reuse_counts()` (migration 0035).
 */
export const libraryCopies = pgTable(
  'library_copies',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    libraryEntryId: uuid('library_entry_id').notNull(),
    entryTitle: text('entry_title').notNull(),
    needId: uuid('need_id').notNull(),
    copiedBy: uuid('copied_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }).onDelete('cascade'),
    index('library_copies_entry_idx').on(t.libraryEntryId),
  ],
);
