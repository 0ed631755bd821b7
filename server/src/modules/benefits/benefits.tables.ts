import { sql } from 'drizzle-orm';
import { bigint, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tsvector, updatedAt, version } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { memberships, users } from '@server/modules/users/users.tables';

/**
 * A planned benefit of an initiative (nyttoeffekt). Values are numeric (exact decimals, read as
 * text). The owner must be a member of the organisation (composite foreign key on memberships).
 */
export const benefits = pgTable(
  'benefits',
  {
    organizationId: organizationId(),
    id: id(),
    initiativeId: uuid('initiative_id').notNull(),
    description: text('description').notNull(),
    level: text('level').notNull(),
    beneficiaries: text('beneficiaries').array().notNull(),
    kind: text('kind').notNull(),
    indicator: text('indicator'),
    unit: text('unit'),
    baselineValue: numeric('baseline_value'),
    baselineDate: date('baseline_date'),
    targetValue: numeric('target_value'),
    targetDate: date('target_date'),
    direction: text('direction'),
    method: text('method').notNull(),
    frequency: text('frequency').notNull(),
    ownerId: uuid('owner_id').notNull(),
    decision: text('decision'),
    decisionNote: text('decision_note'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }),
    foreignKey({ columns: [t.organizationId, t.ownerId], foreignColumns: [memberships.organizationId, memberships.userId] }),
    index('benefits_initiative_idx').on(t.organizationId, t.initiativeId),
    index('benefits_owner_idx').on(t.organizationId, t.ownerId),
  ],
);

/** A measurement of a benefit over time; never edited, only added or removed. */
export const benefitMeasurements = pgTable(
  'benefit_measurements',
  {
    organizationId: organizationId(),
    id: id(),
    benefitId: uuid('benefit_id').notNull(),
    measuredOn: date('measured_on').notNull(),
    value: numeric('value'),
    comment: text('comment').notNull().default(''),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.benefitId], foreignColumns: [benefits.organizationId, benefits.id] }).onDelete('cascade'),
    index('benefit_measurements_benefit_idx').on(t.organizationId, t.benefitId, t.measuredOn),
  ],
);

/**
 * The nyttokalkyl of an initiative, one per initiative. The lines are a JSON document with amounts
 * as öre strings (exact); the calculation itself is domain/cost-benefit.ts.
 */
export const benefitCalculations = pgTable(
  'benefit_calculations',
  {
    organizationId: organizationId(),
    initiativeId: uuid('initiative_id').notNull(),
    document: jsonb('document').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.initiativeId] }),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }),
  ],
);

/** Organisation defaults for calculations, set in administration. Amounts in öre. */
export const benefitSettings = pgTable('benefit_settings', {
  organizationId: organizationId()
    .primaryKey()
    .references(() => organizations.id),
  hourlyRateOre: bigint('hourly_rate_ore', { mode: 'bigint' }).notNull(),
  visitCostOre: bigint('visit_cost_ore', { mode: 'bigint' }).notNull(),
  discountRateBp: integer('discount_rate_bp').notNull(),
  version: version(),
  updatedAt: updatedAt(),
});

/** Lessons learned at follow-up, searchable across the organisation (Swedish full text). */
export const benefitLessons = pgTable(
  'benefit_lessons',
  {
    organizationId: organizationId(),
    id: id(),
    initiativeId: uuid('initiative_id').notNull(),
    worked: text('worked').notNull(),
    didNotWork: text('did_not_work').notNull(),
    advice: text('advice').notNull(),
    authorId: uuid('author_id').notNull().references(() => users.id),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('swedish', coalesce(worked, '') || ' ' || coalesce(did_not_work, '') || ' ' || coalesce(advice, ''))`,
    ),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }),
    index('benefit_lessons_search_idx').using('gin', t.search),
    index('benefit_lessons_initiative_idx').on(t.organizationId, t.initiativeId),
  ],
);
