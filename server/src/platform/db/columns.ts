import { customType, integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Shared column builders so every tenant table has the same shape. */
export const organizationId = () => uuid('organization_id').notNull();
export const id = () => uuid('id').notNull();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** Optimistic concurrency: sent as the ETag, checked with `UPDATE … WHERE version = $n`. */
export const version = () => integer('version').notNull().default(1);

/** PostgreSQL full-text vector (generated column, never written by the app). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
