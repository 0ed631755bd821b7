import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';

/** A structured document of an initiative (projektdirektiv, statusrapport …): its fields as JSON. */
export const initiativeDocuments = pgTable(
  'initiative_documents',
  {
    organizationId: organizationId(),
    id: id(),
    initiativeId: uuid('initiative_id').notNull(),
    kind: text('kind').notNull(),
    fields: jsonb('fields').$type<Record<string, string>>().notNull(),
    status: text('status').notNull().default('draft'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    updatedByName: text('updated_by_name').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('initiative_documents_initiative_idx').on(t.organizationId, t.initiativeId, t.kind),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }).onDelete('cascade'),
  ],
);
