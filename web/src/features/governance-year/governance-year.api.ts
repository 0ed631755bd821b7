import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TGovernanceYear, TRecurringEvent, TRecurringEventInput } from '@domain/governance-year.contracts';
import { api } from '@web/api/client';

/** The query keys of the årshjul: any change of a recurring event refreshes every year shown. */
export const governanceYearKeys = {
  all: ['governance-year'] as const,
  year: (year: number) => ['governance-year', 'year', year] as const,
  events: ['governance-year', 'events'] as const,
  event: (id: string) => ['governance-year', 'event', id] as const,
};

/** Every entry of one year: the recurring events and the dates from the data. */
export function useGovernanceYear(year: number) {
  return useQuery({
    queryKey: governanceYearKeys.year(year),
    queryFn: async ({ signal }) => (await api.get<TGovernanceYear>('/governance-year', { query: { year }, signal })).data,
  });
}

/** The recurring events, by name. */
export function useRecurringEvents() {
  return useQuery({
    queryKey: governanceYearKeys.events,
    queryFn: async ({ signal }) => (await api.get<{ items: TRecurringEvent[] }>('/governance-events', { signal })).data.items,
  });
}

/**
 * One recurring event with its ETag, read afresh each time the edit dialog opens and then kept:
 * never refetched behind the administrator's back (window focus), so a change someone else saved
 * meanwhile answers 412 on save instead of silently replacing what she is typing.
 */
export function useRecurringEvent(id: string | null) {
  return useQuery({
    queryKey: governanceYearKeys.event(id ?? ''),
    queryFn: ({ signal }) => api.get<TRecurringEvent>(`/governance-events/${id}`, { signal }),
    enabled: id !== null,
    gcTime: 0,
    staleTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Adds, changes and deletes recurring events (If-Match on change and delete). */
export function useRecurringEventMutations() {
  const queryClient = useQueryClient();
  // The years and the list; not the open dialog's event, which keeps the version it was read at.
  const onSettled = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['governance-year', 'year'] }), queryClient.invalidateQueries({ queryKey: governanceYearKeys.events })]);
  const create = useMutation({ mutationFn: (body: TRecurringEventInput) => api.post<TRecurringEvent>('/governance-events', body), onSettled });
  const update = useMutation({
    mutationFn: ({ id, body, etag }: { id: string; body: TRecurringEventInput; etag: string | null }) => api.put<TRecurringEvent>(`/governance-events/${id}`, body, { ifMatch: etag }),
    onSettled,
  });
  const remove = useMutation({ mutationFn: ({ id, etag }: { id: string; etag: string }) => api.delete(`/governance-events/${id}`, { ifMatch: etag }), onSettled });
  return { create, update, remove };
}
