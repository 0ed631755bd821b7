import { useQuery } from '@tanstack/react-query';
import type { TInitiative, TInitiativePage } from '@domain/decisions.contracts';
import { api } from '@web/api/client';
import { useCursorList } from '@web/api/use-cursor-list';

/** The organisation's initiatives, newest first, optionally of one form, a page at a time. */
export function useInitiatives(filters: { form?: string }) {
  return useCursorList<TInitiative, TInitiativePage>(['initiatives', 'list', filters], '/initiatives', filters, 50);
}

/** One initiative. */
export function useInitiative(id: string) {
  return useQuery({
    queryKey: ['initiatives', 'detail', id],
    queryFn: async ({ signal }) => (await api.get<TInitiative>(`/initiatives/${id}`, { signal })).data,
  });
}
