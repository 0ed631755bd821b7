import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { RedactableField, RedactableKind } from '@domain/redaction.contracts';
import { benefitLessons } from '@server/modules/benefits/benefits.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { initiativeRisks } from '@server/modules/risks/risks.tables';
import { supplierDemos } from '@server/modules/supplier-demos/supplier-demos.tables';
import { systems } from '@server/modules/systems/systems.tables';

/** A tenant table with an id, a version and a text column for each redactable field of its kind. */
type RedactableTable<K extends RedactableKind> = PgTable & { organizationId: PgColumn; id: PgColumn; version: PgColumn; updatedAt: PgColumn } & Record<RedactableField<K>, PgColumn>;

/** Where a kind's record lives and under which entity type the audit log knows it. */
export type RedactableTextSource<K extends RedactableKind = RedactableKind> = { table: RedactableTable<K>; entityType: string };

/**
 * The one registry of redactable free text outside needs (issue 13 item 7): one line per kind of
 * record. The fields themselves are listed in `domain/redaction.contracts.ts`; the type says that
 * this table has a column for each of them.
 */
export const REDACTABLE_TEXT_SOURCES: { [K in RedactableKind]: RedactableTextSource<K> } = {
  lesson: { table: benefitLessons, entityType: 'lesson' },
  system: { table: systems, entityType: 'system' },
  supplierDemo: { table: supplierDemos, entityType: 'supplier_demo' },
  risk: { table: initiativeRisks, entityType: 'initiative_risk' },
  initiative: { table: initiatives, entityType: 'initiative' },
};
