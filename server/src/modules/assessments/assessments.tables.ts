import { foreignKey, index, pgTable, primaryKey, smallint, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { needs } from '@server/modules/needs/needs.tables';
import { users } from '@server/modules/users/users.tables';

/** The eight criteria as score columns, 1 (best) to 4; null while not yet scored. */
const criterionColumns = () => ({
  competence: smallint('competence'),
  leadershipSupport: smallint('leadership_support'),
  complexity: smallint('complexity'),
  financing: smallint('financing'),
  savings: smallint('savings'),
  quality: smallint('quality'),
  mandatoryRequirement: smallint('mandatory_requirement'),
  goalFulfilment: smallint('goal_fulfilment'),
});

/**
 * One assessment round of a need. At most one is `open` or `fixed`-and-current; earlier rounds
 * stay as history (`superseded`). The agreed scores are set when the coordinator fixes it.
 */
export const assessments = pgTable(
  'assessments',
  {
    organizationId: organizationId(),
    id: id(),
    needId: uuid('need_id').notNull(),
    status: text('status').notNull().default('open'),
    ...criterionColumns(),
    rationale: text('rationale').notNull().default(''),
    openedBy: uuid('opened_by').notNull().references(() => users.id),
    fixedBy: uuid('fixed_by').references(() => users.id),
    fixedAt: timestamp('fixed_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }),
    index('assessments_need_idx').on(t.organizationId, t.needId, t.createdAt),
    uniqueIndex('assessments_one_current_key').on(t.organizationId, t.needId).where(sql`status <> 'superseded'`),
  ],
);

/** One rater's independent scores within an assessment round. */
export const raterScores = pgTable(
  'rater_scores',
  {
    organizationId: organizationId(),
    id: id(),
    assessmentId: uuid('assessment_id').notNull(),
    raterId: uuid('rater_id').notNull().references(() => users.id),
    ...criterionColumns(),
    comment: text('comment').notNull().default(''),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.assessmentId], foreignColumns: [assessments.organizationId, assessments.id] }),
    uniqueIndex('rater_scores_assessment_rater_key').on(t.organizationId, t.assessmentId, t.raterId),
  ],
);
