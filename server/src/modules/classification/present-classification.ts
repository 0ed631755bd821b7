import type { ClassificationLevels } from '@domain/classification';
import { CLASSIFICATION_ASPECTS } from '@domain/classification';
import type { TClassification, TClassificationView } from '@domain/information-classification.contracts';
import { requirementsFor } from '@domain/security-requirements';
import type { ClassificationRow } from '@server/modules/classification/classification.repository';

export function presentClassification(row: ClassificationRow): TClassification {
  return {
    id: row.id,
    ...row.aspects,
    classifiedOn: row.classifiedOn,
    classifiedBy: row.classifiedByName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The levels of a stored classification, for the requirements. */
export function levelsOf(row: ClassificationRow): ClassificationLevels {
  return Object.fromEntries(CLASSIFICATION_ASPECTS.map((aspect) => [aspect, row.aspects[aspect].level])) as ClassificationLevels;
}

/** A subject's classifications as the page shows them; the current one yields the requirements. */
export function presentClassificationView(rows: ClassificationRow[], canEdit: boolean): TClassificationView {
  const current = rows[0];
  return {
    current: current ? presentClassification(current) : null,
    history: rows.map(presentClassification),
    requirements: current ? requirementsFor(levelsOf(current)) : [],
    version: rows.length,
    canEdit,
  };
}
