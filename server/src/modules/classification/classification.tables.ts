import { date, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { ClassificationAspect, ClassificationLevel } from '@domain/classification';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { organizations } from '@server/modules/organizations/organizations.tables';

export type StoredAspects = Record<ClassificationAspect, { level: ClassificationLevel; justification: string }>;

/**
 * Information classifications, append-only: classifying again adds a row, so the history shows
 * who judged what and when. `subject_type` + `subject_id` say whose it is (an initiative now, a
 * system of the register later); the owning module checks the subject exists in the organisation,
 * since one foreign key cannot point at several tables.
 */
export const informationClassifications = pgTable(
  'information_classifications',
  {
    organizationId: organizationId(),
    id: id(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    aspects: jsonb('aspects').$type<StoredAspects>().notNull(),
    classifiedOn: date('classified_on', { mode: 'string' }).notNull(),
    classifiedById: uuid('classified_by_id').notNull(),
    classifiedByName: text('classified_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('information_classifications_subject_idx').on(t.organizationId, t.subjectType, t.subjectId, t.createdAt),
    foreignKey({ columns: [t.organizationId], foreignColumns: [organizations.id] }).onDelete('cascade'),
  ],
);

/** An organisation's own names for the levels 0–4; absent = the defaults of domain/classification. */
export const classificationLevelLabels = pgTable(
  'classification_level_labels',
  {
    organizationId: organizationId(),
    labels: jsonb('labels').$type<Record<'0' | '1' | '2' | '3' | '4', string>>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId] }), foreignKey({ columns: [t.organizationId], foreignColumns: [organizations.id] }).onDelete('cascade')],
);
