import { and, count, eq, sql } from 'drizzle-orm';
import { DOCUMENT_KINDS, type DocumentKind, type GateFacts } from '@domain/gate-facts';
import type { Tx } from '@server/platform/db/database';
import { initiativeDocuments } from '@server/modules/documents/documents.tables';

/** Per document kind, how many the initiative has and how many are färdigställda. */
export async function loadDocumentFacts(tx: Tx, organizationId: string, initiativeId: string): Promise<Pick<GateFacts, 'documents'>> {
  const rows = await tx
    .select({ kind: initiativeDocuments.kind, n: count(), completed: sql<number>`count(*) filter (where ${initiativeDocuments.status} = 'completed')::int` })
    .from(initiativeDocuments)
    .where(and(eq(initiativeDocuments.organizationId, organizationId), eq(initiativeDocuments.initiativeId, initiativeId)))
    .groupBy(initiativeDocuments.kind);
  const documents = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, { count: 0, completed: 0 }])) as GateFacts['documents'];
  for (const row of rows) {
    if ((DOCUMENT_KINDS as readonly string[]).includes(row.kind)) documents[row.kind as DocumentKind] = { count: row.n, completed: row.completed };
  }
  return { documents };
}
