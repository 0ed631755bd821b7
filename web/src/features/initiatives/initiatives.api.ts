import { useQuery } from '@tanstack/react-query';
import type { TInitiative } from '@domain/decisions.contracts';
import { api } from '@web/api/client';

/** One initiative. */
export function useInitiative(id: string) {
  return useQuery({
    queryKey: ['initiatives', 'detail', id],
    queryFn: async ({ signal }) => (await api.get<TInitiative>(`/initiatives/${id}`, { signal })).data,
  });
}
