import { todayInSweden } from '@domain/decisions.contracts';
import { CLASSIFICATION_ASPECTS } from '@domain/classification';
import type { TClassificationInput, TClassificationView } from '@domain/information-classification.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { recordAudit } from '@server/platform/audit/audit';
import { staleVersion } from '@server/platform/http/etag';
import { AppError } from '@server/platform/errors';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import type { StoredAspects } from '@server/modules/classification/classification.tables';
import { findClassifications, insertClassification, lockSubject, type ClassificationSubject } from '@server/modules/classification/classification.repository';
import { presentClassification, presentClassificationView } from '@server/modules/classification/present-classification';

/** The audit log's object kind of each kind of subject, written out so the audit texts can be checked. */
const AUDIT_ENTITY_TYPES = { initiative: 'initiative', system: 'system' } as const satisfies Record<ClassificationSubject['type'], string>;

/**
 * Adds a classification of any subject (initiative or system) in the caller's transaction. The
 * caller has checked the subject exists and may be changed. Earlier classifications stay as
 * history; `expectedVersion` is the number of classifications the caller saw (If-Match).
 */
export async function classifySubject(tx: Tx, ctx: Ctx, subject: ClassificationSubject, expectedVersion: number, input: TClassificationInput): Promise<TClassificationView> {
  await lockSubject(tx, subject);
  const before = await findClassifications(tx, ctx, subject);
  if (before.length !== expectedVersion) throw staleVersion();
  if (input.classifiedOn > todayInSweden()) {
    throw new AppError('validation_failed', 'The classification date cannot be in the future.', [{ path: 'body.classifiedOn', code: 'too_big' }]);
  }
  assertNoPersonalData(Object.fromEntries(CLASSIFICATION_ASPECTS.map((aspect) => [`${aspect}.justification`, input[aspect].justification])));
  const aspects = Object.fromEntries(CLASSIFICATION_ASPECTS.map((aspect) => [aspect, { level: input[aspect].level, justification: input[aspect].justification }])) as StoredAspects;
  const row = await insertClassification(tx, ctx, subject, { aspects, classifiedOn: input.classifiedOn });
  await recordAudit(tx, ctx, {
    action: 'classification.created',
    entityType: AUDIT_ENTITY_TYPES[subject.type],
    entityId: subject.id,
    before: before[0] ? presentClassification(before[0]) : null,
    after: presentClassification(row),
  });
  return presentClassificationView([row, ...before], true);
}
