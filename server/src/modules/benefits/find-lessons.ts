import type { TLesson } from '@domain/benefit-follow-up.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findLessons } from '@server/modules/benefits/lessons.repository';
import { requireInitiative } from '@server/modules/benefits/benefit-access';
import { presentLesson } from '@server/modules/benefits/lessons';

/** Lessons learned across the organisation, optionally matching a Swedish full-text search. */
export async function searchLessons(ctx: Ctx, query: string | undefined): Promise<{ items: TLesson[] }> {
  return inTenantRead(ctx, async (tx) => ({ items: (await findLessons(tx, ctx, { query: query || undefined })).map(presentLesson) }));
}

/** The lessons of one initiative. */
export async function findInitiativeLessons(ctx: Ctx, initiativeId: string): Promise<{ items: TLesson[] }> {
  return inTenantRead(ctx, async (tx) => {
    await requireInitiative(tx, ctx, initiativeId);
    return { items: (await findLessons(tx, ctx, { initiativeId })).map(presentLesson) };
  });
}
