import { date, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { systems } from '@server/modules/systems/systems.tables';

/**
 * Införd välfärdsteknik (seed 000 "Sammanställning", 004 "Nuläget"): how many units of a technology
 * are in use where, as of a date. Each as-of date is a snapshot, so two dates can be compared.
 */
export const welfareTechItems = pgTable(
  'welfare_tech_items',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    technology: text('technology').notNull(),
    product: text('product').notNull().default(''),
    supplier: text('supplier').notNull().default(''),
    unitCount: integer('unit_count').notNull(),
    placement: text('placement').notNull().default(''),
    state: text('state').notNull(),
    asOf: date('as_of').notNull(),
    systemId: uuid('system_id'),
    initiativeId: uuid('initiative_id'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.systemId], foreignColumns: [systems.organizationId, systems.id] }),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }),
    index('welfare_tech_items_as_of_idx').on(t.organizationId, t.asOf),
  ],
);
