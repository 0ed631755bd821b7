import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { deleteAttachment, findAttachmentInfo } from '@server/modules/attachments/attachments.repository';
import { presentAttachment } from '@server/modules/attachments/present-attachment';

/** Removes an attached file; the audit keeps its name, type and size (not the content). */
export async function removeAttachment(ctx: Ctx, initiativeId: string, attachmentId: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    await loadEditableInitiative(tx, ctx, initiativeId);
    const before = await findAttachmentInfo(tx, ctx, initiativeId, attachmentId);
    if (!before) throw notFound('attachment');
    await deleteAttachment(tx, ctx, initiativeId, attachmentId);
    await recordAudit(tx, ctx, { action: 'attachment.deleted', entityType: 'initiative_attachment', entityId: attachmentId, before: presentAttachment(before) });
  });
}
