import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, organizationId } from '@server/platform/db/columns';

/**
 * Granskningslogg. Append-only: the app role may only INSERT and SELECT, and a trigger refuses
 * UPDATE and DELETE for everyone (see the migration).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    organizationId: organizationId(),
    id: id(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('audit_events_org_time_idx').on(t.organizationId, t.occurredAt.desc(), t.id.desc()),
    index('audit_events_entity_idx').on(t.organizationId, t.entityId),
  ],
);

/** Security events that belong to no organisation yet (a failed login for an unknown e-mail). */
export const securityEvents = pgTable(
  'security_events',
  {
    id: uuid('id').primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').notNull(),
    email: text('email'),
    userId: uuid('user_id'),
    detail: jsonb('detail'),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (t) => [
    index('security_events_time_idx').on(t.occurredAt.desc()),
    // The login limits count recent failures per account and per address on every login attempt;
    // without these, that count would read every security event of the window (a flood of
    // unauthenticated requests writes one each).
    index('security_events_login_failed_email_idx')
      .on(sql`lower(${t.email})`, t.occurredAt.desc())
      .where(sql`${t.kind} = 'login_failed'`),
    index('security_events_login_failed_ip_idx')
      .on(t.ip, t.occurredAt.desc())
      .where(sql`${t.kind} = 'login_failed'`),
  ],
);
