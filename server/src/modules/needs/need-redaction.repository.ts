import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { auditEvents } from '@server/platform/audit/audit.tables';
import { needComments, needs } from '@server/modules/needs/needs.tables';
import type { RedactableNeedField } from '@domain/needs.contracts';
import { users } from '@server/modules/users/users.tables';

type Scope = Pick<Ctx, 'organizationId'>;

/**
 * Replaces the string values equal to `text` by `marker` in the before/after values of the organisation's audit events about
 * one entity, through the narrowly privileged database function of migration 0020: the app role
 * itself may not update the audit log. Returns how many audit events changed.
 */
export async function redactAuditText(tx: Tx, entityId: string, text: string, marker: string): Promise<number> {
  const result = await tx.execute<{ changed: number }>(sql`select redact_audit_text(${entityId}::uuid, ${text}, ${marker}) as changed`);
  return Number(result.rows[0]?.changed ?? 0);
}

/**
 * The entities whose audit events recorded a comment (the need it was written on, and the need it
 * was merged away from, if any): the comment's body must be redacted in all of them.
 */
export async function entitiesThatAuditedComment(tx: Tx, ctx: Scope, commentId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ entityId: auditEvents.entityId })
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, ctx.organizationId), sql`${auditEvents.after} ->> 'commentId' = ${commentId}`));
  return rows.flatMap((row) => (row.entityId ? [row.entityId] : []));
}

/** Writes a redacted field of a need and bumps its version (other open forms must reload). */
export async function setNeedText(tx: Tx, ctx: Scope, id: string, field: RedactableNeedField, value: string): Promise<void> {
  await tx
    .update(needs)
    .set({ [field]: value, version: sql`${needs.version} + 1`, updatedAt: new Date() })
    .where(and(eq(needs.organizationId, ctx.organizationId), eq(needs.id, id)));
}

/** One comment of one need with its author's name (locked), or undefined (also when it belongs to another need). */
export async function findComment(tx: Tx, ctx: Scope, needId: string, commentId: string) {
  const [row] = await tx
    .select({
      id: needComments.id,
      needId: needComments.needId,
      authorId: needComments.authorId,
      authorName: users.name,
      body: needComments.body,
      createdAt: needComments.createdAt,
    })
    .from(needComments)
    .innerJoin(users, eq(users.id, needComments.authorId))
    .where(and(eq(needComments.organizationId, ctx.organizationId), eq(needComments.needId, needId), eq(needComments.id, commentId)))
    .for('update', { of: needComments });
  return row;
}

/** Writes a comment's redacted body. */
export async function setCommentBody(tx: Tx, ctx: Scope, commentId: string, body: string): Promise<void> {
  await tx.update(needComments).set({ body }).where(and(eq(needComments.organizationId, ctx.organizationId), eq(needComments.id, commentId)));
}

/** Deletes a comment (the comment count on the need follows by trigger, migration 0014). */
export async function deleteCommentRow(tx: Tx, ctx: Scope, commentId: string): Promise<void> {
  await tx.delete(needComments).where(and(eq(needComments.organizationId, ctx.organizationId), eq(needComments.id, commentId)));
}
