import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tsvector, updatedAt, version } from '@server/platform/db/columns';
import { needs } from '@server/modules/needs/needs.tables';
import { decisions } from '@server/modules/decisions/decisions.tables';

/** A need that OLG decided to proceed with; later stages (gates, benefits …) extend it. */
export const initiatives = pgTable(
  'initiatives',
  {
    organizationId: organizationId(),
    id: id(),
    needId: uuid('need_id').notNull(),
    decisionId: uuid('decision_id').notNull(),
    title: text('title').notNull(),
    form: text('form').notNull(),
    ownerName: text('owner_name').notNull(),
    plannedStartYear: integer('planned_start_year').notNull(),
    /** Editable after the decision (issue 13 item 5): what the initiative is about, and when it is planned to end. */
    description: text('description').notNull().default(''),
    plannedEndYear: integer('planned_end_year'),
    stage: smallint('stage').notNull().default(1),
    /** active while running the stages; closed (avslutad) or stopped (avbruten) when finished. */
    status: text('status').notNull().default('active'),
    /** Why it was stopped; required for a stopped initiative. */
    stopReason: text('stop_reason'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Swedish full-text search (the header's search box): title first, then description and owner. */
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('swedish', coalesce(title, '')), 'A') || setweight(to_tsvector('swedish', coalesce(description, '') || ' ' || coalesce(owner_name, '')), 'B')`,
    ),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('initiatives_need_key').on(t.organizationId, t.needId),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }),
    foreignKey({ columns: [t.organizationId, t.decisionId], foreignColumns: [decisions.organizationId, decisions.id] }),
    index('initiatives_search_idx').using('gin', t.search),
  ],
);
