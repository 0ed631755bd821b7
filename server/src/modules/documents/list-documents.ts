import type { TDocumentList } from '@domain/documents.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { loadReadableInitiative } from '@server/modules/initiative-access/load-initiative';
import { canEditInitiativeWork } from '@server/modules/initiative-access/initiative-work-policy';
import { findDocuments } from '@server/modules/documents/documents.repository';
import { presentDocumentSummary } from '@server/modules/documents/present-document';

/** The initiative's documents, without their fields. */
export async function listDocuments(ctx: Ctx, initiativeId: string): Promise<TDocumentList> {
  return inTenantRead(ctx, async (tx) => {
    const initiative = await loadReadableInitiative(tx, ctx, initiativeId);
    const rows = await findDocuments(tx, ctx, initiativeId);
    return { items: rows.map(presentDocumentSummary), canEdit: canEditInitiativeWork(ctx, initiative) };
  });
}
