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
    /**
     * Installation administrator (systemadministratör): manages the installation's organisations
     * (list, create, disable, delete) but reads no organisation's content unless a member of it.
     */
    installationAdmin: boolean('installation_admin').notNull().default(false),
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
    /**
     * Set by the organisation's administrator: the membership cannot be switched into or used,
     * while the account and its other memberships go on (the account itself belongs to its home
     * organisation, ADR 0004).
     */
    isDisabled: boolean('is_disabled').notNull().default(false),
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
    /** A public handle for the session (its owner ends it by this id in "Mina inloggningar"); never the token. */
    id: uuid('id').notNull().defaultRandom().unique(),
    userId: uuid('user_id').notNull().references(() => users.id),
    currentOrganizationId: uuid('current_organization_id').references(() => organizations.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** The browser's User-Agent at login (at most 500 characters), so its owner recognises it. */
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);


/**
 * The e-mail domains an organisation owns (ADR 0004). Only the owner creates accounts with
 * addresses in a domain and manages them (password, name, disabling, sessions); everyone else
 * invites. One owner per domain in the whole installation. `domain` is stored in lower case.
 */
export const organizationEmailDomains = pgTable(
  'organization_email_domains',
  {
    organizationId: organizationId().references(() => organizations.id),
    domain: text('domain').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.domain] }), uniqueIndex('organization_email_domains_domain_key').on(t.domain)],
);

/**
 * An administrator's invitation of an e-mail address in a domain her organisation does not own.
 * The person behind the address accepts it herself once logged in; until then nothing here says
 * whether an account with the address exists. Accepted, declined and withdrawn invitations are
 * deleted (the audit log keeps them); expired ones are ignored and replaced by a new invitation.
 */
export const memberInvitations = pgTable(
  'member_invitations',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    /** As the administrator typed it; matched case-insensitively. */
    email: text('email').notNull(),
    roles: text('roles').array().notNull(),
    invitedBy: uuid('invited_by').notNull().references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('member_invitations_org_email_key').on(t.organizationId, sql`lower(${t.email})`),
    index('member_invitations_email_idx').on(sql`lower(${t.email})`),
  ],
);
