import { index, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';

/**
 * Återkommande händelser of the årshjul (issue 16 item 5): set by the administrator, e.g. LIKA in
 * March, fastställa planen in November, kvartalssammanställning every quarter. `months` holds the
 * months (1–12) it recurs in; `day_of_month` an optional day (moved to a shorter month's last day).
 */
export const governanceRecurringEvents = pgTable(
  'governance_events',
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    months: smallint('months').array().notNull(),
    dayOfMonth: smallint('day_of_month'),
    responsibleRole: text('responsible_role'),
    description: text('description').notNull().default(''),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), index('governance_events_name_idx').on(t.organizationId, t.name)],
);
