import { and, asc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiativeAttachments } from '@server/modules/attachments/attachments.tables';

type Scope = Pick<Ctx, 'organizationId'>;

/** Every column but the file itself: what lists and audits use. */
const described = {
  id: initiativeAttachments.id,
  initiativeId: initiativeAttachments.initiativeId,
  fileName: initiativeAttachments.fileName,
  type: initiativeAttachments.type,
  mediaType: initiativeAttachments.mediaType,
  sizeBytes: initiativeAttachments.sizeBytes,
  uploadedByName: initiativeAttachments.uploadedByName,
  createdAt: initiativeAttachments.createdAt,
};
export type AttachmentInfo = { id: string; initiativeId: string; fileName: string; type: string; mediaType: string; sizeBytes: number; uploadedByName: string; createdAt: Date };

const one = (ctx: Scope, initiativeId: string, id: string) =>
  and(eq(initiativeAttachments.organizationId, ctx.organizationId), eq(initiativeAttachments.initiativeId, initiativeId), eq(initiativeAttachments.id, id));

export async function findAttachments(tx: Tx, ctx: Scope, initiativeId: string): Promise<AttachmentInfo[]> {
  return tx
    .select(described)
    .from(initiativeAttachments)
    .where(and(eq(initiativeAttachments.organizationId, ctx.organizationId), eq(initiativeAttachments.initiativeId, initiativeId)))
    .orderBy(asc(initiativeAttachments.createdAt), asc(initiativeAttachments.id));
}

export async function findAttachmentInfo(tx: Tx, ctx: Scope, initiativeId: string, id: string): Promise<AttachmentInfo | undefined> {
  const [row] = await tx.select(described).from(initiativeAttachments).where(one(ctx, initiativeId, id));
  return row;
}

export async function findAttachmentContent(tx: Tx, ctx: Scope, initiativeId: string, id: string): Promise<(AttachmentInfo & { content: Buffer }) | undefined> {
  const [row] = await tx.select({ ...described, content: initiativeAttachments.content }).from(initiativeAttachments).where(one(ctx, initiativeId, id));
  return row;
}

export async function insertAttachment(
  tx: Tx,
  ctx: Pick<Ctx, 'organizationId' | 'actor'>,
  input: { initiativeId: string; fileName: string; type: string; mediaType: string; content: Buffer },
): Promise<AttachmentInfo> {
  const [row] = await tx
    .insert(initiativeAttachments)
    .values({ organizationId: ctx.organizationId, id: uuidv7(), ...input, sizeBytes: input.content.length, uploadedById: ctx.actor.id, uploadedByName: ctx.actor.name })
    .returning(described);
  return row!;
}

export async function deleteAttachment(tx: Tx, ctx: Scope, initiativeId: string, id: string): Promise<void> {
  await tx.delete(initiativeAttachments).where(one(ctx, initiativeId, id));
}
