import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { loadReadableInitiative } from '@server/modules/initiative-access/load-initiative';
import { findAttachmentContent } from '@server/modules/attachments/attachments.repository';

/** An attached file, to download; audited. */
export async function downloadAttachment(ctx: Ctx, initiativeId: string, attachmentId: string): Promise<{ content: Buffer; mediaType: string; fileName: string }> {
  return inTenant(ctx, async (tx) => {
    await loadReadableInitiative(tx, ctx, initiativeId);
    const row = await findAttachmentContent(tx, ctx, initiativeId, attachmentId);
    if (!row) throw notFound('attachment');
    await recordAudit(tx, ctx, { action: 'attachment.downloaded', entityType: 'initiative_attachment', entityId: attachmentId });
    return { content: row.content, mediaType: row.mediaType, fileName: row.fileName };
  });
}
