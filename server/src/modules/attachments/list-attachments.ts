import type { TAttachmentList } from '@domain/attachments.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { loadReadableInitiative } from '@server/modules/initiative-access/load-initiative';
import { canEditInitiativeWork } from '@server/modules/initiative-access/initiative-work-policy';
import { findAttachments } from '@server/modules/attachments/attachments.repository';
import { presentAttachment } from '@server/modules/attachments/present-attachment';

/** The files attached to the initiative (never their content). */
export async function listAttachments(ctx: Ctx, initiativeId: string): Promise<TAttachmentList> {
  return inTenantRead(ctx, async (tx) => {
    const initiative = await loadReadableInitiative(tx, ctx, initiativeId);
    return { items: (await findAttachments(tx, ctx, initiativeId)).map(presentAttachment), canEdit: canEditInitiativeWork(ctx, initiative) };
  });
}
