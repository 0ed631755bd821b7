import { date, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { needs } from '@server/modules/needs/needs.tables';

/**
 * Leverantörsvisningar (seed 001 §8): a session where suppliers present for ~20 minutes each and
 * answer the three questions. The presentations and participants are small lists kept as JSON;
 * never a purchase decision.
 */
export const supplierDemos = pgTable(
  'supplier_demos',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    place: text('place').notNull().default(''),
    participants: jsonb('participants').notNull(),
    presentations: jsonb('presentations').notNull(),
    reflection: text('reflection').notNull().default(''),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

/** The needs a demo might answer; the need page lists the demos that touched it. */
export const supplierDemoNeeds = pgTable(
  'supplier_demo_needs',
  {
    organizationId: organizationId(),
    demoId: uuid('demo_id').notNull(),
    needId: uuid('need_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.demoId, t.needId] }),
    foreignKey({ columns: [t.organizationId, t.demoId], foreignColumns: [supplierDemos.organizationId, supplierDemos.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organizationId, t.needId], foreignColumns: [needs.organizationId, needs.id] }),
    index('supplier_demo_needs_need_idx').on(t.organizationId, t.needId),
  ],
);
