import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
