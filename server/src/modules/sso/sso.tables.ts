import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { users } from '@server/modules/users/users.tables';

/**
 * An organisation's single sign-on with OpenID Connect (at most one provider per organisation).
 * The client secret is stored only sealed with AES-256-GCM under a key derived from `SECRET_KEY`
 * (platform/crypto/secret-box.ts) and is never sent back. `email_domains` are some of the
 * organisation's own e-mail domains (checked when saved and again at every login).
 */
export const organizationSsoSettings = pgTable(
  'organization_sso_settings',
  {
    organizationId: organizationId().references(() => organizations.id),
    issuer: text('issuer').notNull(),
    clientId: text('client_id').notNull(),
    clientSecretSealed: text('client_secret_sealed').notNull(),
    emailDomains: text('email_domains').array().notNull(),
    /** `create`: an unknown person is given an account at first login with `default_role`; `invite`: an administrator adds her first. */
    newUsers: text('new_users').notNull(),
    defaultRole: text('default_role').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId] })],
);

/**
 * Who a person is at an identity provider: (issuer, subject) → user. Logins are matched on this
 * pair only, never on an e-mail address; the organisation is the one whose single sign-on linked it.
 */
export const userIdentities = pgTable(
  'user_identities',
  {
    organizationId: organizationId().references(() => organizations.id),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id').notNull().references(() => users.id),
    createdAt: createdAt(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.issuer, t.subject] }),
    uniqueIndex('user_identities_issuer_subject_key').on(t.issuer, t.subject),
    index('user_identities_user_idx').on(t.userId),
  ],
);

/**
 * A started single sign-on: what the callback must find again. Only hashes of `state` and of the
 * browser-binding cookie are stored; the PKCE verifier and nonce stay here, never in the browser.
 * A row is used once (`used_at`) and only until `expires_at`.
 */
export const ssoLoginRequests = pgTable(
  'sso_login_requests',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    stateHash: text('state_hash').notNull(),
    browserHash: text('browser_hash').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    nonce: text('nonce').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    ip: text('ip').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('sso_login_requests_state_key').on(t.stateHash),
    index('sso_login_requests_ip_idx').on(t.ip, sql`${t.createdAt} desc`),
  ],
);
