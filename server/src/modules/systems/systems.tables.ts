import { sql } from 'drizzle-orm';
import { bigint, boolean, date, foreignKey, index, jsonb, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tsvector, updatedAt, version } from '@server/platform/db/columns';
import { organizations, units } from '@server/modules/organizations/organizations.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { users } from '@server/modules/users/users.tables';

/**
 * Systemlistan (seed 001 §2.5): one row per IT system the förvaltning uses. Money is exact: whole
 * öre in bigint, never floating point. The classification levels are null until classified.
 */
export const systems = pgTable(
  'systems',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    supplier: text('supplier').notNull().default(''),
    ownerName: text('owner_name').notNull().default(''),
    administratorName: text('administrator_name').notNull().default(''),
    supportRoutine: text('support_routine').notNull().default(''),
    contractStart: date('contract_start'),
    contractEnd: date('contract_end'),
    noticeMonths: smallint('notice_months'),
    yearlyCostOre: bigint('yearly_cost_ore', { mode: 'number' }),
    oneOffCostOre: bigint('one_off_cost_ore', { mode: 'number' }),
    classification: jsonb('classification'),
    lifecycle: text('lifecycle').notNull(),
    /** Swedish full-text search (the header's search box): name first, then purpose and supplier. */
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('swedish', coalesce(name, '')), 'A') || setweight(to_tsvector('swedish', coalesce(purpose, '') || ' ' || coalesce(supplier, '')), 'B')`,
    ),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), index('systems_search_idx').using('gin', t.search)],
);

/** The units (of the organisation tree) whose staff use a system. */
export const systemUnits = pgTable(
  'system_units',
  {
    organizationId: organizationId(),
    systemId: uuid('system_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.systemId, t.unitId] }),
    foreignKey({ columns: [t.organizationId, t.systemId], foreignColumns: [systems.organizationId, systems.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.unitId], foreignColumns: [units.organizationId, units.id] }),
  ],
);

/** Initiatives that introduced or changed a system. */
export const systemInitiatives = pgTable(
  'system_initiatives',
  {
    organizationId: organizationId(),
    systemId: uuid('system_id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    relation: text('relation').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.systemId, t.initiativeId] }),
    foreignKey({ columns: [t.organizationId, t.systemId], foreignColumns: [systems.organizationId, systems.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }),
    index('system_initiatives_initiative_idx').on(t.organizationId, t.initiativeId),
  ],
);

/** Systemförvaltning tasks (seed 002 §7.4) per system: who does it and whether it is in place. */
export const systemTasks = pgTable(
  'system_tasks',
  {
    organizationId: organizationId(),
    systemId: uuid('system_id').notNull(),
    task: text('task').notNull(),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    done: boolean('done').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.systemId, t.task] }),
    foreignKey({ columns: [t.organizationId, t.systemId], foreignColumns: [systems.organizationId, systems.id] }).onDelete('cascade'),
  ],
);

/** Integrationer (seed 002 §7.5): which system sends what information to which, and how. */
export const systemIntegrations = pgTable(
  'system_integrations',
  {
    organizationId: organizationId(),
    id: id(),
    fromSystemId: uuid('from_system_id').notNull(),
    toSystemId: uuid('to_system_id').notNull(),
    direction: text('direction').notNull(),
    information: text('information').notNull(),
    method: text('method').notNull(),
    doubleEntry: boolean('double_entry').notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.fromSystemId], foreignColumns: [systems.organizationId, systems.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.toSystemId], foreignColumns: [systems.organizationId, systems.id] }).onDelete('cascade'),
  ],
);
