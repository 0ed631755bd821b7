import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { api, type TQuery } from '@web/api/client';

/** The shape every cursor-paged list answers with (see `domain/paging.ts`). */
export type TCursorPage<T> = { items: T[]; nextCursor: string | null };

/**
 * A cursor-paged list ("Visa fler"): fetches `path` with `query` a page at a time and flattens the
 * pages. Pair it with `<LoadMore>`:
 *
 *   const list = useCursorList<TNeedListItem>(['needs', 'list', filters], '/needs', filters);
 *   <LoadMore shownCount={list.items.length} hasMore={list.hasNextPage} isLoading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
 *
 * Put the filters in the key, so changing a filter starts again from the first page.
 */
export function useCursorList<T, TPage extends TCursorPage<T> = TCursorPage<T>>(queryKey: QueryKey, path: string, query: TQuery = {}, pageSize = 50) {
  const result = useInfiniteQuery({
    queryKey,
    queryFn: async ({ pageParam, signal }) => (await api.get<TPage>(path, { query: { ...query, limit: pageSize, cursor: pageParam }, signal })).data,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = result.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...result, items };
}
