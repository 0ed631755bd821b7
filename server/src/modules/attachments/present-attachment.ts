import type { AttachmentType, TAttachment } from '@domain/attachments.contracts';
import type { AttachmentInfo } from '@server/modules/attachments/attachments.repository';

export function presentAttachment(row: AttachmentInfo): TAttachment {
  return {
    id: row.id,
    fileName: row.fileName,
    type: row.type as AttachmentType,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    uploadedBy: row.uploadedByName,
    createdAt: row.createdAt.toISOString(),
  };
}
