import { and, desc, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { classificationLevelLabels, informationClassifications, type StoredAspects } from '@server/modules/classification/classification.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type ClassificationRow = typeof informationClassifications.$inferSelect;
/** Whose classification it is: an initiative now, a system of the register later. */
export type ClassificationSubject = { type: 'initiative' | 'system'; id: string };

/** Every classification of the subject, newest first (the first is the current one). */
export async function findClassifications(tx: Tx, ctx: Scope, subject: ClassificationSubject): Promise<ClassificationRow[]> {
  return tx
    .select()
    .from(informationClassifications)
    .where(
      and(
        eq(informationClassifications.organizationId, ctx.organizationId),
        eq(informationClassifications.subjectType, subject.type),
        eq(informationClassifications.subjectId, subject.id),
      ),
    )
    .orderBy(desc(informationClassifications.createdAt), desc(informationClassifications.id));
}

export async function insertClassification(
  tx: Tx,
  ctx: Pick<Ctx, 'organizationId' | 'actor'>,
  subject: ClassificationSubject,
  input: { aspects: StoredAspects; classifiedOn: string },
): Promise<ClassificationRow> {
  const [row] = await tx
    .insert(informationClassifications)
    .values({
      organizationId: ctx.organizationId,
      id: uuidv7(),
      subjectType: subject.type,
      subjectId: subject.id,
      aspects: input.aspects,
      classifiedOn: input.classifiedOn,
      classifiedById: ctx.actor.id,
      classifiedByName: ctx.actor.name,
      // Later than every earlier row even within one transaction, so "newest first" stays exact.
      createdAt: sql`clock_timestamp()`,
    })
    .returning();
  return row!;
}

/**
 * Serialises classifications of one subject: a transaction-scoped advisory lock on the subject,
 * so two people classifying at once cannot both pass the If-Match check.
 */
export async function lockSubject(tx: Tx, subject: ClassificationSubject): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`classification:${subject.type}:${subject.id}`}))`);
}

export type LabelsRow = typeof classificationLevelLabels.$inferSelect;

export async function findLabels(tx: Tx, ctx: Scope, options: { forUpdate?: boolean } = {}): Promise<LabelsRow | undefined> {
  const query = tx.select().from(classificationLevelLabels).where(eq(classificationLevelLabels.organizationId, ctx.organizationId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Saves the labels if their version is still `expectedVersion` (0 = the defaults, not stored yet). */
export async function saveLabelsVersioned(tx: Tx, ctx: Scope, expectedVersion: number, labels: LabelsRow['labels']): Promise<LabelsRow | undefined> {
  if (expectedVersion === 0) {
    const [row] = await tx.insert(classificationLevelLabels).values({ organizationId: ctx.organizationId, labels }).onConflictDoNothing().returning();
    return row;
  }
  const [row] = await tx
    .update(classificationLevelLabels)
    .set({ labels, version: sql`${classificationLevelLabels.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(classificationLevelLabels.organizationId, ctx.organizationId), eq(classificationLevelLabels.version, expectedVersion)))
    .returning();
  return row;
}

/** Each subject's latest classification date (the årshjul reviews it a year later). */
export async function findLatestClassificationDates(tx: Tx, ctx: Scope): Promise<{ subjectType: string; subjectId: string; classifiedOn: string; classifiedById: string }[]> {
  return tx
    .selectDistinctOn([informationClassifications.subjectType, informationClassifications.subjectId], {
      subjectType: informationClassifications.subjectType,
      subjectId: informationClassifications.subjectId,
      classifiedOn: informationClassifications.classifiedOn,
      classifiedById: informationClassifications.classifiedById,
    })
    .from(informationClassifications)
    .where(eq(informationClassifications.organizationId, ctx.organizationId))
    .orderBy(informationClassifications.subjectType, informationClassifications.subjectId, desc(informationClassifications.createdAt), desc(informationClassifications.id));
}
