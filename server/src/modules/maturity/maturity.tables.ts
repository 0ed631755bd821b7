import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { users } from '@server/modules/users/users.tables';
import { needs } from '@server/modules/needs/needs.tables';

/**
 * Indikatorer of the digital mognadsskattning: the organisation's own copy of Digiplan's default set
 * (`domain/maturity-indicators.ts`, `code` keeps it from being copied twice) plus its own additions
 * (code null). Rewording changes `text`; answers keep the wording they were given with. Retired
 * indicators stay for the assessments that used them.
 */
export const maturityIndicators = pgTable(
  'maturity_indicators',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    code: text('code'),
    area: text('area').notNull(),
    text: text('text').notNull(),
    position: integer('position').notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), uniqueIndex('maturity_indicators_code_key').on(t.organizationId, t.code)],
);

/** One mognadsskattning (per year, or more often): which verksamhetsområden it covers. */
export const maturityAssessments = pgTable(
  'maturity_assessments',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    year: integer('year').notNull(),
    label: text('label').notNull().default(''),
    operationAreas: jsonb('operation_areas').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), index('maturity_assessments_year_idx').on(t.organizationId, t.year)],
);

/**
 * One rating: an indicator for one verksamhetsområde in one assessment, with its comment, the
 * indicator's wording when it was rated, who set it and when, and its own version (If-Match).
 */
export const maturityAnswers = pgTable(
  'maturity_answers',
  {
    organizationId: organizationId(),
    assessmentId: uuid('assessment_id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    operationArea: text('operation_area').notNull(),
    rating: text('rating').notNull(),
    comment: text('comment').notNull().default(''),
    indicatorText: text('indicator_text').notNull(),
    setBy: uuid('set_by').notNull().references(() => users.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.assessmentId, t.indicatorId, t.operationArea] }),
    foreignKey({ columns: [t.organizationId, t.assessmentId], foreignColumns: [maturityAssessments.organizationId, maturityAssessments.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.indicatorId], foreignColumns: [maturityIndicators.organizationId, maturityIndicators.id] }),
  ],
);

/** An indicator turned into a need (both directions: the assessment shows the need, the need the indicator). */
export const maturityIndicatorNeeds = pgTable(
  'maturity_indicator_needs',
  {
    organizationId: organizationId(),
    indicatorId: uuid('indicator_id').notNull(),
    needId: uuid('need_id').notNull(),
    operationArea: text('operation_area').notNull(),
    assessmentId: uuid('assessment_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.indicatorId, t.needId] }),
    foreignKey({ columns: [t.organizationId, t.indicatorId], foreignColumns: [maturityIndicators.organizationId, maturityIndicators.id] }),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.assessmentId], foreignColumns: [maturityAssessments.organizationId, maturityAssessments.id] }).onDelete('cascade'),
    index('maturity_indicator_needs_need_idx').on(t.organizationId, t.needId),
  ],
);

/** Per organisation: whether its results count in the installation's comparison (opt-in, off by default). */
export const maturitySettings = pgTable(
  'maturity_settings',
  {
    organizationId: organizationId().references(() => organizations.id),
    compareOptIn: boolean('compare_opt_in').notNull().default(false),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId] })],
);
