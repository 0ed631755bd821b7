import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { needs } from '@server/modules/needs/needs.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { systems } from '@server/modules/systems/systems.tables';
import { initiativeDocuments } from '@server/modules/documents/documents.tables';

type Scope = Pick<Ctx, 'organizationId'>;

/** The words as a Swedish full-text query (quotes, "or" and "-word" as on a web search engine). */
const swedishQuery = (q: string): SQL => sql`websearch_to_tsquery('swedish', ${q})`;

/** Needs by number or words: the numbered need first, then by rank, then newest. */
export async function searchNeeds(tx: Tx, ctx: Scope, q: string, needNumber: number | null, limit: number) {
  const query = swedishQuery(q);
  const matches = sql`${needs.search} @@ ${query}`;
  return tx
    .select({ id: needs.id, number: needs.number, title: needs.title, status: needs.status })
    .from(needs)
    .where(and(eq(needs.organizationId, ctx.organizationId), needNumber === null ? matches : or(eq(needs.number, needNumber), matches)))
    .orderBy(
      ...(needNumber === null ? [] : [desc(sql`${needs.number} = ${needNumber}`)]),
      desc(sql`ts_rank(${needs.search}, ${query})`),
      desc(needs.number),
    )
    .limit(limit);
}

/** Initiatives by words, or by the number of the need they came from. */
export async function searchInitiatives(tx: Tx, ctx: Scope, q: string, needNumber: number | null, limit: number) {
  const query = swedishQuery(q);
  const matches = sql`${initiatives.search} @@ ${query}`;
  return tx
    .select({ id: initiatives.id, needNumber: needs.number, title: initiatives.title, status: initiatives.status })
    .from(initiatives)
    .leftJoin(needs, and(eq(needs.organizationId, initiatives.organizationId), eq(needs.id, initiatives.needId)))
    .where(and(eq(initiatives.organizationId, ctx.organizationId), needNumber === null ? matches : or(eq(needs.number, needNumber), matches)))
    .orderBy(
      ...(needNumber === null ? [] : [desc(sql`coalesce(${needs.number} = ${needNumber}, false)`)]),
      desc(sql`ts_rank(${initiatives.search}, ${query})`),
      desc(initiatives.createdAt),
    )
    .limit(limit);
}

/** Systems in the system list by name, purpose or supplier. */
export async function searchSystems(tx: Tx, ctx: Scope, q: string, limit: number) {
  const query = swedishQuery(q);
  return tx
    .select({ id: systems.id, name: systems.name, supplier: systems.supplier })
    .from(systems)
    .where(and(eq(systems.organizationId, ctx.organizationId), sql`${systems.search} @@ ${query}`))
    .orderBy(desc(sql`ts_rank(${systems.search}, ${query})`), systems.name)
    .limit(limit);
}

/** Initiative documents by the words in their fields. */
export async function searchDocuments(tx: Tx, ctx: Scope, q: string, limit: number) {
  const query = swedishQuery(q);
  return tx
    .select({ id: initiativeDocuments.id, initiativeId: initiativeDocuments.initiativeId, initiativeTitle: initiatives.title, kind: initiativeDocuments.kind })
    .from(initiativeDocuments)
    .innerJoin(initiatives, and(eq(initiatives.organizationId, initiativeDocuments.organizationId), eq(initiatives.id, initiativeDocuments.initiativeId)))
    .where(and(eq(initiativeDocuments.organizationId, ctx.organizationId), sql`${initiativeDocuments.search} @@ ${query}`))
    .orderBy(desc(sql`ts_rank(${initiativeDocuments.search}, ${query})`), desc(initiativeDocuments.updatedAt))
    .limit(limit);
}
