import type { TDocument } from '@domain/documents.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { loadReadableInitiative } from '@server/modules/initiative-access/load-initiative';
import { canEditInitiativeWork } from '@server/modules/initiative-access/initiative-work-policy';
import { findDocument } from '@server/modules/documents/documents.repository';
import { presentDocument } from '@server/modules/documents/present-document';

/** One document with its fields. */
export async function getDocument(ctx: Ctx, initiativeId: string, documentId: string): Promise<TDocument> {
  return inTenantRead(ctx, async (tx) => {
    const initiative = await loadReadableInitiative(tx, ctx, initiativeId);
    const row = await findDocument(tx, ctx, initiativeId, documentId);
    if (!row) throw notFound('document');
    return presentDocument(row, canEditInitiativeWork(ctx, initiative));
  });
}
