import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TSearchResults } from '@domain/search.contracts';
import { api } from '@web/api/client';

/** The header search's results for `q` (not asked while `q` is blank). */
export function useSearch(q: string) {
  return useQuery({
    queryKey: ['search', q],
    queryFn: async ({ signal }) => (await api.get<TSearchResults>('/search', { query: { q }, signal })).data,
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
