import { v7 as uuidv7 } from 'uuid';
import type { TLibraryEntry, TLibraryPublishRequest } from '@domain/library.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { prepareLibraryContent } from '@server/modules/library/prepare-library-snapshot';
import { findPublishedEntryOfInitiative, insertEntry, presentEntry } from '@server/modules/library/library.repository';
import { libraryAuditState } from '@server/modules/library/library-audit-state';

/**
 * Publishes an initiative to the installation's library: the snapshot the preview showed is
 * stored as it is now (later changes to the initiative are not shared until the publisher updates
 * the entry). One published entry per initiative: a second answers 409.
 */
export async function publishLibraryEntry(ctx: Ctx, input: TLibraryPublishRequest): Promise<TLibraryEntry> {
  const { initiativeId, ...choices } = input;
  return inTenant(ctx, async (tx) => {
    const content = await prepareLibraryContent(tx, ctx, initiativeId, choices);
    if (await findPublishedEntryOfInitiative(tx, ctx, initiativeId)) {
      throw new AppError('conflict', 'The initiative is already in the library; update that entry instead.', [{ path: 'body.initiativeId', code: 'already_published' }]);
    }
    const row = await insertEntry(tx, ctx, { ...content, id: uuidv7(), initiativeId });
    await recordAudit(tx, ctx, { action: 'library_entry.published', entityType: 'library_entry', entityId: row.id, after: libraryAuditState(row) });
    return presentEntry(row, ctx, new Map());
  });
}
