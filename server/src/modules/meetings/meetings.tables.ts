import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { memberships, users } from '@server/modules/users/users.tables';
import { needs } from '@server/modules/needs/needs.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';

/** A beslutsforum (OLG, styrgrupp, socialnämnd …): where needs and initiatives are decided. */
export const forums = pgTable(
  'forums',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), uniqueIndex('forums_org_name_key').on(t.organizationId, sql`lower(${t.name})`)],
);

/**
 * The members of a forum: existing members of the organisation (composite key to memberships; a
 * removed membership leaves the forum with it). One of them may be the chair (ordförande), who
 * approves (justerar) the minutes.
 */
export const forumMembers = pgTable(
  'forum_members',
  {
    organizationId: organizationId(),
    forumId: uuid('forum_id').notNull(),
    userId: uuid('user_id').notNull(),
    isChair: boolean('is_chair').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.forumId, t.userId] }),
    foreignKey({ columns: [t.organizationId, t.forumId], foreignColumns: [forums.organizationId, forums.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.userId], foreignColumns: [memberships.organizationId, memberships.userId] }).onDelete('cascade'),
    uniqueIndex('forum_members_one_chair_key').on(t.organizationId, t.forumId).where(sql`is_chair`),
    index('forum_members_user_idx').on(t.organizationId, t.userId),
  ],
);

/**
 * A meeting (sammanträde) of a forum on a date. `version` guards the agenda and everything else
 * edited on it (If-Match). The agenda is sent (kallelse) at `agenda_sent_at`; the minutes are
 * approved (justerade) by the chair at `minutes_approved_at`, after which the meeting is frozen.
 */
export const meetings = pgTable(
  'meetings',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    forumId: uuid('forum_id').notNull(),
    meetingDate: date('meeting_date', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    place: text('place').notNull().default(''),
    agendaSentAt: timestamp('agenda_sent_at', { withTimezone: true }),
    minutesApprovedAt: timestamp('minutes_approved_at', { withTimezone: true }),
    minutesApprovedBy: uuid('minutes_approved_by').references(() => users.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.forumId], foreignColumns: [forums.organizationId, forums.id] }),
    index('meetings_org_date_idx').on(t.organizationId, t.meetingDate),
    index('meetings_forum_date_idx').on(t.organizationId, t.forumId, t.meetingDate),
  ],
);

/**
 * One item on a meeting's agenda (dagordning), in `position` order: a need to decide (with
 * teknikenhetens analys and the förslag till beslut), or another item — an initiative's gate
 * passage, a plan to fix, a benefit report, anything else.
 */
export const meetingItems = pgTable(
  'meeting_items',
  {
    organizationId: organizationId(),
    meetingId: uuid('meeting_id').notNull(),
    id: id(),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    needId: uuid('need_id'),
    initiativeId: uuid('initiative_id'),
    title: text('title').notNull(),
    analysis: text('analysis').notNull().default(''),
    proposal: text('proposal').notNull().default(''),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.meetingId], foreignColumns: [meetings.organizationId, meetings.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }),
    index('meeting_items_meeting_idx').on(t.organizationId, t.meetingId, t.position),
    uniqueIndex('meeting_items_need_key').on(t.organizationId, t.meetingId, t.needId),
  ],
);
