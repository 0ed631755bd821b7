import { boolean, foreignKey, index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { memberships, users } from '@server/modules/users/users.tables';

/**
 * People named on an initiative (projektägare, projektledare, styrgrupp …). The composite key to
 * memberships guarantees the person belongs to the same organisation.
 */
export const initiativeRoles = pgTable(
  'initiative_roles',
  {
    organizationId: organizationId(),
    id: id(),
    initiativeId: uuid('initiative_id').notNull(),
    kind: text('kind').notNull(),
    userId: uuid('user_id').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('initiative_roles_person_key').on(t.organizationId, t.initiativeId, t.kind, t.userId),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }),
    foreignKey({ columns: [t.organizationId, t.userId], foreignColumns: [memberships.organizationId, memberships.userId] }),
  ],
);

/**
 * The organisation's checklist per form and stage, copied from the defaults in
 * domain/checklist-defaults.ts the first time the organisation needs them. Removed items are kept
 * (removed_at), so an organisation that removes everything is not re-seeded.
 */
export const checklistTemplateItems = pgTable(
  'checklist_template_items',
  {
    organizationId: organizationId(),
    id: id(),
    form: text('form').notNull(),
    stage: smallint('stage').notNull(),
    text: text('text').notNull(),
    position: smallint('position').notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), index('checklist_template_items_form_idx').on(t.organizationId, t.form, t.stage, t.position)],
);

/** An initiative's own checklist, copied from the templates when it is created; ticks record who and when. */
export const initiativeChecklistItems = pgTable(
  'initiative_checklist_items',
  {
    organizationId: organizationId(),
    id: id(),
    initiativeId: uuid('initiative_id').notNull(),
    stage: smallint('stage').notNull(),
    text: text('text').notNull(),
    position: smallint('position').notNull(),
    done: boolean('done').notNull().default(false),
    doneBy: uuid('done_by').references(() => users.id),
    doneByName: text('done_by_name'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('initiative_checklist_items_initiative_idx').on(t.organizationId, t.initiativeId, t.stage, t.position),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }),
  ],
);

/**
 * The initiative's timeline: what happened, by whom, when. Append-only; any module may add its
 * own kinds through appendInitiativeEvent (initiative-events.ts).
 */
export const initiativeEvents = pgTable(
  'initiative_events',
  {
    organizationId: organizationId(),
    id: id(),
    initiativeId: uuid('initiative_id').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('initiative_events_initiative_idx').on(t.organizationId, t.initiativeId, t.createdAt),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }),
  ],
);
