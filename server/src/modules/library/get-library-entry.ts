import type { TLibraryEntry } from '@domain/library.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findPublishedEntryOfInitiative, findReadableEntry, presentEntry, reuseCounts } from '@server/modules/library/library.repository';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { and, eq } from 'drizzle-orm';

/**
 * One entry: any organisation's published entry, or one's own also when withdrawn; anything else
 * is 404. The publisher also sees the initiative, her choices and how many organisations reused it.
 */
export async function getLibraryEntry(ctx: Ctx, id: string): Promise<TLibraryEntry> {
  // inTenant, not inTenantRead: the reuse count is a function call the read-only path may not plan ahead.
  return inTenant(ctx, async (tx) => {
    const row = await findReadableEntry(tx, ctx, id);
    if (!row) throw notFound('library entry');
    authorize(ctx, 'initiative:read');
    return presentEntry(row, ctx, row.organizationId === ctx.organizationId ? await reuseCounts(tx) : null);
  });
}

/** The initiative's published entry, for "Dela i biblioteket" / "Uppdatera" on its page (404 for another organisation's initiative). */
export async function getInitiativeLibraryEntry(ctx: Ctx, initiativeId: string): Promise<{ entry: TLibraryEntry | null }> {
  return inTenant(ctx, async (tx) => {
    const [initiative] = await tx.select({ id: initiatives.id }).from(initiatives).where(and(eq(initiatives.organizationId, ctx.organizationId), eq(initiatives.id, initiativeId)));
    if (!initiative) throw notFound('initiative');
    authorize(ctx, 'initiative:read');
    const row = await findPublishedEntryOfInitiative(tx, ctx, initiativeId);
    return { entry: row ? presentEntry(row, ctx, await reuseCounts(tx)) : null };
  });
}
