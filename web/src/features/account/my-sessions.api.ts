import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TMySessionList, TOtherSessionsEnded } from '@domain/sessions.contracts';
import { api } from '@web/api/client';

const MY_SESSIONS_KEY = ['me', 'sessions'] as const;

/** The person's own active sessions, this one marked. */
export function useMySessions() {
  return useQuery({
    queryKey: MY_SESSIONS_KEY,
    queryFn: async ({ signal }) => (await api.get<TMySessionList>('/me/sessions', { signal })).data.items,
  });
}

/** Ends one of her sessions and refreshes the list. */
export function useEndMySession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/me/sessions/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_SESSIONS_KEY }),
  });
}

/** Ends every session but this one and refreshes the list. */
export function useEndMyOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await api.post<TOtherSessionsEnded>('/me/sessions/end-others')).data,
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_SESSIONS_KEY }),
  });
}
