import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TPilot, TPilotInput, TPilotList } from '@domain/pilots.contracts';
import { api } from '@web/api/client';

const PILOTS_KEY = ['pilots'] as const;

/** The pilots of one initiative (its page's section). */
export function useInitiativePilots(initiativeId: string) {
  return useQuery({
    queryKey: [...PILOTS_KEY, 'initiative', initiativeId],
    queryFn: async ({ signal }) => (await api.get<TPilotList>(`/initiatives/${initiativeId}/pilots`, { signal })).data.items,
  });
}

/** Every pilot of the organisation (/piloter). */
export function useAllPilots() {
  return useQuery({ queryKey: [...PILOTS_KEY, 'all'], queryFn: async ({ signal }) => (await api.get<TPilotList>('/pilots', { signal })).data.items });
}

/** Every change reloads both lists, so the initiative's section and /piloter agree with the server. */
function usePilotMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: PILOTS_KEY }) });
}

export function useAddPilot(initiativeId: string) {
  return usePilotMutation(async (body: TPilotInput) => (await api.post<TPilot>(`/initiatives/${initiativeId}/pilots`, body)).data);
}

/** Saves with the version the user's form was opened from, so a save never overwrites another's. */
export function useUpdatePilot() {
  return usePilotMutation(async ({ pilot, body }: { pilot: TPilot; body: TPilotInput }) => (await api.put<TPilot>(`/pilots/${pilot.id}`, body, { ifMatch: `"${pilot.version}"` })).data);
}

export function useDeletePilot() {
  return usePilotMutation((pilot: TPilot) => api.delete(`/pilots/${pilot.id}`, { ifMatch: `"${pilot.version}"` }));
}

/** Reloads the lists (after a conflict, to see what the other person saved). */
export function useReloadPilots() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: PILOTS_KEY });
}
