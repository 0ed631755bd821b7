import { boolean, date, foreignKey, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from '@server/platform/db/columns';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';

/** One risk of an initiative's risk- och konsekvensanalys. */
export const initiativeRisks = pgTable(
  'initiative_risks',
  {
    organizationId: organizationId(),
    id: id(),
    initiativeId: uuid('initiative_id').notNull(),
    perspective: text('perspective').notNull(),
    description: text('description').notNull(),
    likelihood: smallint('likelihood').notNull(),
    consequence: smallint('consequence').notNull(),
    measures: text('measures').notNull().default(''),
    ownerName: text('owner_name').notNull().default(''),
    status: text('status').notNull().default('open'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('initiative_risks_initiative_idx').on(t.organizationId, t.initiativeId),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }).onDelete('cascade'),
  ],
);

/**
 * The analysis as a whole, one row per initiative: when the union representatives were consulted
 * and the ethics assessment. Created on the first save; its version is the page's ETag.
 */
export const riskAnalyses = pgTable(
  'risk_analyses',
  {
    organizationId: organizationId(),
    initiativeId: uuid('initiative_id').notNull(),
    unionConsultedOn: date('union_consulted_on', { mode: 'string' }),
    unionNote: text('union_note').notNull().default(''),
    unionRecordedBy: text('union_recorded_by'),
    ethicsTechnologies: text('ethics_technologies').array(),
    ethicsPrivacyNote: text('ethics_privacy_note'),
    ethicsConsentHandling: text('ethics_consent_handling'),
    ethicsConsentIncapable: text('ethics_consent_incapable'),
    ethicsProblematic: boolean('ethics_problematic'),
    ethicsJudgement: text('ethics_judgement'),
    councilDecisionDate: date('council_decision_date', { mode: 'string' }),
    councilDecisionReference: text('council_decision_reference'),
    ethicsAssessedBy: text('ethics_assessed_by'),
    ethicsAssessedAt: timestamp('ethics_assessed_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.initiativeId] }),
    foreignKey({ columns: [t.organizationId, t.initiativeId], foreignColumns: [initiatives.organizationId, initiatives.id] }).onDelete('cascade'),
  ],
);
