import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TInitiative, TRegisterPreDigiplanInitiativeRequest, TUpdateInitiativeRequest } from '@domain/decisions.contracts';
import { api } from '@web/api/client';

/** One initiative. */
export function useInitiative(id: string) {
  return useQuery({
    queryKey: ['initiatives', 'detail', id],
    queryFn: async ({ signal }) => (await api.get<TInitiative>(`/initiatives/${id}`, { signal })).data,
  });
}

/** Registers an initiative decided before Digiplan (coordinator); the portfolio and decision log then show it. */
export function useRegisterPreDigiplanInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TRegisterPreDigiplanInitiativeRequest) => api.post<TInitiative>('/initiatives/pre-digiplan', input),
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}

/** Saves an edit of the initiative with If-Match the version the form started from; a 412 means someone else saved first. */
export function useUpdateInitiative(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: TUpdateInitiativeRequest; version: number }) => api.put<TInitiative>(`/initiatives/${id}`, input, { ifMatch: `"${version}"` }),
    onSuccess: (response) => {
      queryClient.setQueryData(['initiatives', 'detail', id], response.data);
      return queryClient.invalidateQueries({ queryKey: ['initiatives'] });
    },
  });
}
