import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId } from '@server/platform/db/columns';
import { needs } from '@server/modules/needs/needs.tables';
import { users } from '@server/modules/users/users.tables';

/**
 * OLG's decision on a need. Never updated: a new decision is a new row, and `snapshot` freezes
 * the scores, quadrant, priority and form as they were when it was taken.
 */
export const decisions = pgTable(
  'decisions',
  {
    organizationId: organizationId(),
    id: id(),
    needId: uuid('need_id').notNull(),
    outcome: text('outcome').notNull(),
    form: text('form'),
    ownerName: text('owner_name'),
    plannedStartYear: integer('planned_start_year'),
    parkedUntil: date('parked_until', { mode: 'string' }),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    forum: text('forum').notNull(),
    rationale: text('rationale').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    /**
     * `pre_digiplan` for an initiative decided before the organisation used Digiplan: registered with
     * its decision reference and date, its snapshot holds no scores or matrix position.
     */
    origin: text('origin').notNull().default('digiplan'),
    /** The decision's own reference (diarienummer, protokoll §), when it has one. */
    reference: text('reference'),
    /**
     * The decision this one corrects (issue 13 item 5): both stay in the log, the old one shown as
     * "ersatt av" this one. A decision is superseded at most once (unique index).
     */
    supersedesId: uuid('supersedes_id'),
    /**
     * The meeting (sammanträde) it was taken at, when recorded from a meeting's page; the decision
     * log links to it. The composite key to meetings is in migration 0032’s custom SQL (the meetings
     * module's tables import this one).
     */
    meetingId: uuid('meeting_id'),
    decidedBy: uuid('decided_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }),
    index('decisions_org_date_idx').on(t.organizationId, t.decisionDate.desc(), t.id.desc()),
    index('decisions_need_idx').on(t.organizationId, t.needId),
    uniqueIndex('decisions_supersedes_key').on(t.organizationId, t.supersedesId),
    foreignKey({ columns: [t.organizationId, t.supersedesId], foreignColumns: [t.organizationId, t.id] }),
    index('decisions_meeting_idx').on(t.organizationId, t.meetingId),
  ],
);
