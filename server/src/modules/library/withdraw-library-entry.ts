import type { TLibraryEntry } from '@domain/library.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { staleVersion } from '@server/platform/http/etag';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findOwnEntry, presentEntry, reuseCounts, withdrawEntryVersioned } from '@server/modules/library/library.repository';
import { libraryAuditState } from '@server/modules/library/library-audit-state';

/**
 * Withdraws an entry: from this statement on it matches no search and no other organisation can
 * open or copy it (the row policy only shows published rows). Needs already copied stay theirs.
 */
export async function withdrawLibraryEntry(ctx: Ctx, id: string, expected: number): Promise<TLibraryEntry> {
  return inTenant(ctx, async (tx) => {
    const before = await findOwnEntry(tx, ctx, id, { forUpdate: true });
    if (!before) throw notFound('library entry');
    authorize(ctx, 'initiative:manage');
    if (before.status !== 'published') throw new AppError('invalid_state', 'The entry is already withdrawn.');
    const row = await withdrawEntryVersioned(tx, ctx, id, expected);
    if (!row) throw staleVersion();
    await recordAudit(tx, ctx, { action: 'library_entry.withdrawn', entityType: 'library_entry', entityId: id, before: libraryAuditState(before), after: libraryAuditState(row) });
    return presentEntry(row, ctx, await reuseCounts(tx));
  });
}
