import type { TLesson } from '@domain/benefit-follow-up.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findLessons, insertLesson } from '@server/modules/benefits/lessons.repository';
import { requireEditableInitiative } from '@server/modules/benefits/benefit-access';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { presentLesson } from '@server/modules/benefits/lessons';

/** Records lessons learned at follow-up: what worked, what did not, advice to others. */
export async function addLesson(ctx: Ctx, initiativeId: string, input: { worked: string; didNotWork: string; advice: string }): Promise<TLesson> {
  return inTenant(ctx, async (tx) => {
    await requireEditableInitiative(tx, ctx, initiativeId);
    assertNoPersonalData(input);
    const id = await insertLesson(tx, ctx, { initiativeId, ...input, authorId: ctx.actor.id });
    await recordAudit(tx, ctx, { action: 'lesson.created', entityType: 'lesson', entityId: id, after: { initiativeId, ...input } });
    return presentLesson((await findLessons(tx, ctx, { id }))[0]!);
  });
}
