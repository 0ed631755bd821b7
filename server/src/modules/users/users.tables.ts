import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';

/** Users are global; memberships give them roles in organisations. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** Set for one-time passwords: the user must choose a new one after logging in. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    isDisabled: boolean('is_disabled').notNull().default(false),
    locale: text('locale').notNull().default('sv'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

/** A user's roles in one organisation. */
export const memberships = pgTable(
  'memberships',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id),
    roles: text('roles').array().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('memberships_org_user_key').on(t.organizationId, t.userId),
    index('memberships_user_idx').on(t.userId),
  ],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256 hash. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    currentOrganizationId: uuid('current_organization_id').references(() => organizations.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

