import { date, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { units } from '@server/modules/organizations/organizations.tables';

/**
 * A pilot or testbädd of an initiative (seed 004): where it runs (one of the organisation's units
 * and/or free text), when, with whom, what is tested, and what came of it. The partners are a
 * short list kept as JSON. A unit in use by a pilot cannot be deleted (only archived), so the
 * pilot keeps naming where it ran.
 */
export const pilots = pgTable(
  'pilots',
  {
    organizationId: organizationId(),
    id: id(),
    initiativeId: uuid('initiative_id').notNull(),
    title: text('title').notNull(),
    unitId: uuid('unit_id'),
    environment: text('environment').notNull().default(''),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    partners: jsonb('partners').notNull(),
    whatIsTested: text('what_is_tested').notNull(),
    status: text('status').notNull(),
    results: text('results').notNull().default(''),
    outcome: text('outcome'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('pilots_initiative_idx').on(t.organizationId, t.initiativeId),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.unitId], foreignColumns: [units.organizationId, units.id] }),
  ],
);
