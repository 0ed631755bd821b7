import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '@server/platform/db/columns';

/**
 * One-time setup links of the installation (first start without demo data): only the SHA-256 of
 * the token is stored; a link works once and until it expires. Installation-level, so no
 * organisation and no row-level security.
 */
export const installationSetupTokens = pgTable('installation_setup_tokens', {
  id: uuid('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * What installation administrators did (organisations created, disabled, enabled, deleted),
 * installation-level and append-only like the audit log. It deliberately has no
 * `organization_id` column: it is not a tenant table, and it outlives a deleted organisation
 * (`subject_organization_id` and the name say which one it was).
 */
export const installationAuditEvents = pgTable(
  'installation_audit_events',
  {
    id: uuid('id').primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    subjectOrganizationId: uuid('subject_organization_id'),
    subjectOrganizationName: text('subject_organization_name'),
    detail: jsonb('detail'),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (t) => [index('installation_audit_events_time_idx').on(t.occurredAt.desc(), t.id.desc())],
);
