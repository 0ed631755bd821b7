import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid, boolean, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';

/** The tenant: one förvaltning. Not tenant-owned itself (it is the tenant). */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  municipality: text('municipality').notNull().default(''),
  vision: text('vision').notNull().default(''),
  /** Organisationsnummer (NNNNNN-NNNN), given when an installation administrator creates it; '' if not known. */
  organizationNumber: text('organization_number').notNull().default(''),
  /**
   * Set by an installation administrator: the organisation's members cannot log in to it or use
   * it, and their sessions in it end at once; nothing is deleted. Null while in use.
   */
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Avdelningar/enheter: the organisation tree (parent is in the same organisation). */
export const units = pgTable(
  'units',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    isArchived: boolean('is_archived').notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.parentId], foreignColumns: [t.organizationId, t.id] }),
  ],
);

/** Fokusområden: each organisation defines its own list; names are unique regardless of case. */
export const focusAreas = pgTable(
  'focus_areas',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    isArchived: boolean('is_archived').notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('focus_areas_org_name_key').on(t.organizationId, sql`lower(${t.name})`),
  ],
);

/** Strategiska mål, used by the måluppfyllelse criterion. */
export const strategicGoals = pgTable(
  'strategic_goals',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    focusAreaId: uuid('focus_area_id'),
    isArchived: boolean('is_archived').notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.focusAreaId], foreignColumns: [focusAreas.organizationId, focusAreas.id] }),
    index('strategic_goals_focus_idx').on(t.organizationId, t.focusAreaId).where(sql`${t.focusAreaId} is not null`),
  ],
);
