import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tsvector, updatedAt, version } from '@server/platform/db/columns';
import { focusAreas, organizations, strategicGoals, units } from '@server/modules/organizations/organizations.tables';
import { users } from '@server/modules/users/users.tables';

/**
 * Behov submitted through the e-service "Digitala initiativ". The assessment summary columns
 * (feasibility … priority) are copied from the agreed assessment so that lists can filter and
 * sort on them without joins.
 */
export const needs = pgTable(
  'needs',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    /** Human-friendly running number within the organisation (B-12). */
    number: integer('number').notNull(),
    title: text('title').notNull(),
    problem: text('problem').notNull(),
    expectedBenefit: text('expected_benefit').notNull(),
    affectedGroups: text('affected_groups').array().notNull(),
    /** "Alla": the need concerns the whole förvaltning; then it has no rows in `need_units`. */
    allUnits: boolean('all_units').notNull().default(false),
    submittedBy: uuid('submitted_by').notNull().references(() => users.id),
    status: text('status').notNull().default('submitted'),
    mergedIntoId: uuid('merged_into_id'),
    feasibility: numeric('feasibility', { precision: 4, scale: 3, mode: 'number' }),
    potential: numeric('potential', { precision: 4, scale: 3, mode: 'number' }),
    overall: numeric('overall', { precision: 4, scale: 3, mode: 'number' }),
    quadrant: text('quadrant'),
    /** Uppskattad kostnad before any decision, öre as strings (domain/cost-estimate.contracts.ts); null when unknown. */
    costEstimate: jsonb('cost_estimate'),
    /** Vad and Hur of a plan's table (001 §10, the plan items' Vad/Varför/Hur); '' when not written. */
    what: text('what').notNull().default(''),
    how: text('how').notNull().default(''),
    /** Förslagsställare as the plan names it (a role or a name as text, never an account); '' when unknown. */
    proposedBy: text('proposed_by').notNull().default(''),
    /** Startår the plan gives before any decision (a decided initiative has its own). */
    plannedStartYear: integer('planned_start_year'),
    /**
     * The shared library's entry this need was copied from (another organisation's, so no foreign
     * key: the entry may be withdrawn or its organisation deleted; the need stays the copier's own).
     */
    libraryEntryId: uuid('library_entry_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * How many back the need and how many comments it has, kept by triggers on need_supporters and
     * need_comments (migration 0014) so the list reads them from the row instead of counting per row.
     */
    supporterCount: integer('supporter_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('swedish', coalesce(title, '')), 'A') || setweight(to_tsvector('swedish', coalesce(problem, '') || ' ' || coalesce(expected_benefit, '')), 'B')`,
    ),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('needs_org_number_key').on(t.organizationId, t.number),
    foreignKey({ columns: [t.organizationId, t.mergedIntoId], foreignColumns: [t.organizationId, t.id] }),
    // NULLS FIRST is what plain `order by … desc` means: only then can the list read the index in
    // order and stop after one page (with NULLS LAST it read every match and sorted them).
    index('needs_org_submitted_idx').on(t.organizationId, t.submittedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('needs_org_status_idx').on(t.organizationId, t.status, t.submittedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('needs_org_submitter_idx').on(t.organizationId, t.submittedBy),
    index('needs_search_idx').using('gin', t.search),
    // Similar needs while a need is written: trigram similarity of titles (pg_trgm, migration 0029).
    index('needs_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
  ],
);

/** Colleagues who back a need ("Jag har också detta behov"); they move with a merge. */
export const needSupporters = pgTable(
  'need_supporters',
  {
    organizationId: organizationId(),
    needId: uuid('need_id').notNull(),
    userId: uuid('user_id').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.needId, t.userId] }),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }),
  ],
);

/** Comments on a need; they move with a merge. */
export const needComments = pgTable(
  'need_comments',
  {
    organizationId: organizationId(),
    id: id(),
    needId: uuid('need_id').notNull(),
    authorId: uuid('author_id').notNull().references(() => users.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }),
    index('need_comments_need_idx').on(t.organizationId, t.needId, t.createdAt),
  ],
);

/**
 * The strategic goals a need serves (the "måluppfyllelse" criterion): an initiative serves the goals
 * of its need. Each goal shows what contributes to it.
 */
export const needGoals = pgTable(
  'need_goals',
  {
    organizationId: organizationId(),
    needId: uuid('need_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.needId, t.goalId] }),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.goalId], foreignColumns: [strategicGoals.organizationId, strategicGoals.id] }),
    index('need_goals_goal_idx').on(t.organizationId, t.goalId),
  ],
);

/** The focus areas a need belongs to (several, or none); an initiative has those of its need. */
export const needFocusAreas = pgTable(
  'need_focus_areas',
  {
    organizationId: organizationId(),
    needId: uuid('need_id').notNull(),
    focusAreaId: uuid('focus_area_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.needId, t.focusAreaId] }),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.focusAreaId], foreignColumns: [focusAreas.organizationId, focusAreas.id] }),
    index('need_focus_areas_focus_area_idx').on(t.organizationId, t.focusAreaId, t.needId),
  ],
);

/** The units a need concerns (several, or none); `needs.all_units` says "Alla" instead. */
export const needUnits = pgTable(
  'need_units',
  {
    organizationId: organizationId(),
    needId: uuid('need_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.needId, t.unitId] }),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.unitId], foreignColumns: [units.organizationId, units.id] }),
    index('need_units_unit_idx').on(t.organizationId, t.unitId, t.needId),
  ],
);
