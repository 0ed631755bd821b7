import { z } from 'zod';

/** Files attached to an initiative: types are told by their content, never by their name. */
export const ATTACHMENT_TYPES = ['pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpeg', 'txt', 'csv'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export const ZAttachment = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    type: z.enum(ATTACHMENT_TYPES),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    uploadedBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Attachment' });
export type TAttachment = z.infer<typeof ZAttachment>;

export const ZAttachmentList = z.object({ items: z.array(ZAttachment), canEdit: z.boolean() }).meta({ id: 'AttachmentList' });
export type TAttachmentList = z.infer<typeof ZAttachmentList>;

/** The original file name travels in the query (the body is the file itself). */
export const ZUploadAttachmentQuery = z.object({ name: z.string().trim().min(1).max(200) });
export const ZInitiativeAttachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
