import { and, asc, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { DocumentKind } from '@domain/gate-facts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiativeDocuments } from '@server/modules/documents/documents.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type DocumentRow = typeof initiativeDocuments.$inferSelect;

const ofInitiative = (ctx: Scope, initiativeId: string) =>
  and(eq(initiativeDocuments.organizationId, ctx.organizationId), eq(initiativeDocuments.initiativeId, initiativeId));

/** The initiative's documents in the order they were started. */
export async function findDocuments(tx: Tx, ctx: Scope, initiativeId: string): Promise<DocumentRow[]> {
  return tx.select().from(initiativeDocuments).where(ofInitiative(ctx, initiativeId)).orderBy(asc(initiativeDocuments.createdAt), asc(initiativeDocuments.id));
}

export async function findDocument(tx: Tx, ctx: Scope, initiativeId: string, documentId: string, options: { forUpdate?: boolean } = {}): Promise<DocumentRow | undefined> {
  const query = tx.select().from(initiativeDocuments).where(and(ofInitiative(ctx, initiativeId), eq(initiativeDocuments.id, documentId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Whether the initiative already has a document of `kind` (for kinds allowed once). */
export async function hasDocumentOfKind(tx: Tx, ctx: Scope, initiativeId: string, kind: DocumentKind): Promise<boolean> {
  const [row] = await tx.select({ id: initiativeDocuments.id }).from(initiativeDocuments).where(and(ofInitiative(ctx, initiativeId), eq(initiativeDocuments.kind, kind))).limit(1);
  return row !== undefined;
}

export async function insertDocument(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, initiativeId: string, kind: DocumentKind, fields: Record<string, string>): Promise<DocumentRow> {
  const [row] = await tx
    .insert(initiativeDocuments)
    .values({ organizationId: ctx.organizationId, id: uuidv7(), initiativeId, kind, fields, updatedByName: ctx.actor.name })
    .returning();
  return row!;
}

export async function updateDocumentVersioned(
  tx: Tx,
  ctx: Pick<Ctx, 'organizationId' | 'actor'>,
  documentId: string,
  expectedVersion: number,
  changes: { fields: Record<string, string>; status: 'draft' | 'completed'; completedAt: Date | null },
): Promise<DocumentRow | undefined> {
  const [row] = await tx
    .update(initiativeDocuments)
    .set({ ...changes, updatedByName: ctx.actor.name, version: sql`${initiativeDocuments.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(initiativeDocuments.organizationId, ctx.organizationId), eq(initiativeDocuments.id, documentId), eq(initiativeDocuments.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteDocumentRow(tx: Tx, ctx: Scope, documentId: string): Promise<void> {
  await tx.delete(initiativeDocuments).where(and(eq(initiativeDocuments.organizationId, ctx.organizationId), eq(initiativeDocuments.id, documentId)));
}
