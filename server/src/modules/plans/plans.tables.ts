import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { focusAreas, organizations } from '@server/modules/organizations/organizations.tables';
import { users } from '@server/modules/users/users.tables';
import { needs } from '@server/modules/needs/needs.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';

/**
 * Handlingsplan / digitaliseringsplan: one row per *version* of a plan. All versions of one plan
 * share `series_id`; a fixed (fastställd) version is frozen for ever, and editing afterwards starts
 * the next version as a draft copy. At most one draft per plan at a time.
 */
export const plans = pgTable(
  'plans',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    seriesId: uuid('series_id').notNull(),
    versionNumber: integer('version_number').notNull(),
    title: text('title').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    /** The text sections (inledning, syfte, mål, bakgrund, uppföljning) as one small JSON object. */
    sections: jsonb('sections').notNull(),
    status: text('status').notNull().default('draft'),
    fixedOn: date('fixed_on'),
    decisionReference: text('decision_reference'),
    fixedBy: uuid('fixed_by').references(() => users.id),
    fixedAt: timestamp('fixed_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('plans_series_version_key').on(t.organizationId, t.seriesId, t.versionNumber),
    uniqueIndex('plans_one_draft_key').on(t.organizationId, t.seriesId).where(sql`status = 'draft'`),
  ],
);

/**
 * A planpost: an initiative, an assessed need not yet decided ("möjlig förändring"), or a free
 * item, placed in one plan version. `key` stays the same when a new version copies the item, so two
 * versions can be compared item by item.
 */
export const planItems = pgTable(
  'plan_items',
  {
    organizationId: organizationId(),
    id: id(),
    planId: uuid('plan_id').notNull(),
    key: uuid('key').notNull(),
    needId: uuid('need_id'),
    initiativeId: uuid('initiative_id'),
    title: text('title').notNull(),
    what: text('what').notNull().default(''),
    why: text('why').notNull().default(''),
    how: text('how').notNull().default(''),
    expectedBenefit: text('expected_benefit').notNull().default(''),
    /** När: { kind: year | years | quarter | ongoing | eventually, … } (domain/plan-timing.ts). */
    timing: jsonb('timing').notNull(),
    horizon: text('horizon').notNull(),
    priority: text('priority'),
    /** The matrix's suggestion when the item was placed (1, 2-3, 4), kept beside the chosen priority. */
    prioritySuggestion: text('priority_suggestion'),
    /** Uppskattad kostnad with öre as strings (domain/cost-estimate.ts). */
    cost: jsonb('cost').notNull(),
    /** Staff hours per year: [{ year, hours }]. */
    staffHours: jsonb('staff_hours').notNull(),
    focusAreaId: uuid('focus_area_id'),
    position: integer('position').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('plan_items_plan_key').on(t.organizationId, t.planId, t.key),
    // A need (and so its initiative) is in a plan version at most once.
    uniqueIndex('plan_items_plan_need_key').on(t.organizationId, t.planId, t.needId).where(sql`need_id is not null`),
    index('plan_items_initiative_idx').on(t.organizationId, t.initiativeId),
    foreignKey({ columns: [t.organizationId, t.planId], foreignColumns: [plans.organizationId, plans.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }),
    foreignKey({ columns: [t.organizationId, t.focusAreaId], foreignColumns: [focusAreas.organizationId, focusAreas.id] }),
  ],
);

/**
 * The strategy frame (seed 001 §1, 004): vision, SWOT, stakeholders and success factors of the
 * organisation — one row per organisation; focus areas and goals have their own tables.
 */
export const strategyFrames = pgTable(
  'strategy_frames',
  {
    organizationId: organizationId().references(() => organizations.id),
    vision: text('vision').notNull().default(''),
    swot: jsonb('swot').notNull(),
    stakeholders: jsonb('stakeholders').notNull(),
    successFactors: jsonb('success_factors').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId] })],
);
