import { SEARCH_LIMIT_PER_KIND, type TSearchQuery, type TSearchResults } from '@domain/search.contracts';
import type { DocumentKind } from '@domain/gate-facts';
import type { NeedStatus } from '@domain/needs.contracts';
import type { InitiativeStatus } from '@domain/process';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { searchDocuments, searchInitiatives, searchNeeds, searchSystems } from '@server/modules/search/search.repository';

/** "B-12", "b12", "B 12" or "12": people refer to needs (and their initiatives) by number as often as by words. */
const NEED_NUMBER = /^\s*(?:B\s*-?\s*)?(\d{1,9})\s*$/i;

/**
 * The header's search: needs, initiatives, systems and documents of the caller's organisation
 * that match a need number or Swedish words, grouped by kind. A kind the role may not read is
 * left out rather than refused, so one search box serves every role. Read-only: not audited.
 */
export async function search(ctx: Ctx, query: TSearchQuery): Promise<TSearchResults> {
  const { q } = query;
  const match = NEED_NUMBER.exec(q)?.[1];
  const needNumber = match ? Number(match) : null;
  const may = (permission: Parameters<typeof ctx.permissions.has>[0]) => ctx.permissions.has(permission);
  return inTenantRead(ctx, async (tx) => {
    const [needs, initiatives, systems, documents] = await Promise.all([
      may('need:read') ? searchNeeds(tx, ctx, q, needNumber, SEARCH_LIMIT_PER_KIND) : undefined,
      may('initiative:read') ? searchInitiatives(tx, ctx, q, needNumber, SEARCH_LIMIT_PER_KIND) : undefined,
      may('register:read') ? searchSystems(tx, ctx, q, SEARCH_LIMIT_PER_KIND) : undefined,
      may('initiative:read') ? searchDocuments(tx, ctx, q, SEARCH_LIMIT_PER_KIND) : undefined,
    ]);
    return {
      q,
      needs: needs?.map((row) => ({ ...row, status: row.status as NeedStatus })),
      initiatives: initiatives?.map((row) => ({ ...row, status: row.status as InitiativeStatus })),
      systems,
      documents: documents?.map((row) => ({ ...row, kind: row.kind as DocumentKind })),
    };
  });
}
