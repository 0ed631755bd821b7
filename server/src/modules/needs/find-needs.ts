import type { TNeedListQuery, TNeedPage } from '@domain/needs.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import type { Ctx } from '@server/platform/tenancy/context';
import { cursorAfter, readNeedsListPage } from '@server/modules/needs/needs.list-query';
import { presentNeedListItem } from '@server/modules/needs/needs.presenter';

/**
 * The needs list the utvecklingsledare triages (and a medarbetare follows with `mine`): filtered,
 * searched in Swedish, sorted, and cursor-paged — one query per page.
 */
export async function findNeeds(ctx: Ctx, query: TNeedListQuery): Promise<TNeedPage> {
  authorize(ctx, 'need:read');
  const rows = await readNeedsListPage(ctx, query);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map(presentNeedListItem),
    nextCursor: rows.length > query.limit && last ? cursorAfter(query.sort, last) : null,
  };
}
