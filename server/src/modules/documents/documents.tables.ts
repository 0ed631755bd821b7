import { sql } from 'drizzle-orm';
import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tsvector, updatedAt, version } from '@server/platform/db/columns';
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
    /** Swedish full-text search over the text of every field (the header's search box). */
    search: tsvector('search').generatedAlwaysAs(sql`jsonb_to_tsvector('swedish'::regconfig, fields, '["string"]'::jsonb)`),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('initiative_documents_initiative_idx').on(t.organizationId, t.initiativeId, t.kind),
    index('initiative_documents_search_idx').using('gin', t.search),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }).onDelete('cascade'),
  ],
);
