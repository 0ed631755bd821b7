import { DELETION_MARKER } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { requireEditableInitiative } from '@server/modules/benefits/benefit-access';
import { deleteLessonRow, findLessonRow } from '@server/modules/benefits/lessons.repository';
import { eraseTextsFromAudit } from '@server/modules/redaction/redaction.repository';

/**
 * Deletes a lesson learned (issue 13 item 6), by those who may record lessons on the initiative
 * (the utvecklingsledare and the people named on it). The audit event says who deleted which
 * lesson of which initiative; the lesson's texts become a marker in its earlier audit events,
 * because they are gone from the database (ADR 0005).
 */
export async function deleteLesson(ctx: Ctx, initiativeId: string, lessonId: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const lesson = await findLessonRow(tx, ctx, initiativeId, lessonId);
    if (!lesson) throw notFound('lesson');
    await requireEditableInitiative(tx, ctx, initiativeId);
    await deleteLessonRow(tx, ctx, lessonId);
    await eraseTextsFromAudit(tx, lessonId, [lesson.worked, lesson.didNotWork, lesson.advice], DELETION_MARKER);
    await recordAudit(tx, ctx, { action: 'lesson.deleted', entityType: 'lesson', entityId: lessonId, before: { id: lessonId, initiativeId, authorId: lesson.authorId } });
  });
}
