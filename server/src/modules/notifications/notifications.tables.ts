import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';
import { users } from '@server/modules/users/users.tables';

/** In-app messages to one user ("Ditt behov har beslutats"). */
export const notifications = pgTable(
  'notifications',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id),
    kind: text('kind').notNull(),
    needId: uuid('need_id'),
    params: jsonb('params').notNull().default({}),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('notifications_user_idx').on(t.organizationId, t.userId, t.createdAt.desc()),
  ],
);
