import type { TLibraryChoices, TLibraryEntry } from '@domain/library.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { staleVersion } from '@server/platform/http/etag';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { prepareLibraryContent } from '@server/modules/library/prepare-library-snapshot';
import { findOwnEntry, presentEntry, reuseCounts, updateEntryVersioned } from '@server/modules/library/library.repository';
import { libraryAuditState } from '@server/modules/library/library-audit-state';

/**
 * Republishes an entry from the initiative as it is now, with the choices given (If-Match: the
 * entry's version). Only the publishing organisation finds it; another gets 404.
 */
export async function updateLibraryEntry(ctx: Ctx, id: string, choices: TLibraryChoices, expected: number): Promise<TLibraryEntry> {
  return inTenant(ctx, async (tx) => {
    const before = await findOwnEntry(tx, ctx, id, { forUpdate: true });
    if (!before) throw notFound('library entry');
    const content = await prepareLibraryContent(tx, ctx, before.initiativeId, choices);
    if (before.status !== 'published') throw new AppError('invalid_state', 'The entry is withdrawn; publish the initiative again instead.');
    const row = await updateEntryVersioned(tx, ctx, id, expected, content);
    if (!row) throw staleVersion();
    await recordAudit(tx, ctx, { action: 'library_entry.updated', entityType: 'library_entry', entityId: id, before: libraryAuditState(before), after: libraryAuditState(row) });
    return presentEntry(row, ctx, await reuseCounts(tx));
  });
}
