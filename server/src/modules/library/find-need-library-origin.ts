import { and, eq } from 'drizzle-orm';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { needs } from '@server/modules/needs/needs.tables';
import { findCopyOfNeed } from '@server/modules/library/library.repository';

/** "Kopierat från biblioteket: …" on a need page: the entry's title as it was copied (404 for another organisation's need). */
export async function findNeedLibraryOrigin(ctx: Ctx, needId: string) {
  return inTenantRead(ctx, async (tx) => {
    const [need] = await tx.select({ id: needs.id }).from(needs).where(and(eq(needs.organizationId, ctx.organizationId), eq(needs.id, needId)));
    if (!need) throw notFound('need');
    authorize(ctx, 'need:read');
    const copy = await findCopyOfNeed(tx, ctx, needId);
    return { origin: copy ? { libraryEntryId: copy.libraryEntryId, title: copy.entryTitle, copiedAt: copy.createdAt.toISOString() } : null };
  });
}
