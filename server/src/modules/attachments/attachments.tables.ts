import { customType, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId } from '@server/platform/db/columns';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Files attached to an initiative, stored in PostgreSQL (bytea): at most 10 MB each and few per
 * initiative, so one database keeps backups, tenancy (RLS) and transactions whole — no file store
 * to secure and back up beside it. Listing queries never select `content`.
 */
export const initiativeAttachments = pgTable(
  'initiative_attachments',
  {
    organizationId: organizationId(),
    id: id(),
    initiativeId: uuid('initiative_id').notNull(),
    fileName: text('file_name').notNull(),
    type: text('type').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    uploadedById: uuid('uploaded_by_id').notNull(),
    uploadedByName: text('uploaded_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('initiative_attachments_initiative_idx').on(t.organizationId, t.initiativeId),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }).onDelete('cascade'),
  ],
);
