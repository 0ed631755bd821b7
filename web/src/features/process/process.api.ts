import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InitiativeForm } from '@domain/decisions.contracts';
import type {
  TChecklistItem,
  TChecklistTemplateItem,
  TInitiativeProcess,
  TPortfolio,
  TStageTransitionRequest,
  TTimelineEvent,
} from '@domain/process.contracts';
import { api, type TApiResponse } from '@web/api/client';

const processKey = (id: string) => ['initiatives', 'process', id] as const;

/** Everything that shows the initiative's place in the process, refreshed after a change. */
function invalidateInitiative(queryClient: QueryClient, _id: string) {
  return queryClient.invalidateQueries({ queryKey: ['initiatives'] });
}

/**
 * Stores the process a write answered with (and its new ETag) at once, so the next write sends
 * the current version even before the refetch, then refreshes the rest.
 */
function storeProcess(queryClient: QueryClient, id: string, response: TApiResponse<TInitiativeProcess>) {
  queryClient.setQueryData(processKey(id), response);
  return invalidateInitiative(queryClient, id);
}

/** The initiative's process (stage, checklist, people, next gate), with the ETag to send back as If-Match. */
export function useInitiativeProcess(id: string) {
  return useQuery({ queryKey: processKey(id), queryFn: ({ signal }) => api.get<TInitiativeProcess>(`/initiatives/${id}/process`, { signal }) });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: ['initiatives', 'timeline', id],
    queryFn: async ({ signal }) => (await api.get<{ items: TTimelineEvent[] }>(`/initiatives/${id}/timeline`, { signal })).data.items,
  });
}

export function useMoveStage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TStageTransitionRequest; etag: string | null }) => api.post<TInitiativeProcess>(`/initiatives/${id}/stage-transitions`, body, { ifMatch: etag }),
    onSuccess: (response) => storeProcess(queryClient, id, response),
  });
}

export function useTickChecklistItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) => api.put<TChecklistItem>(`/initiatives/${id}/checklist/${itemId}`, { done }),
    // The box turns at once; the refetch afterwards brings who/when and the gate's new state.
    onMutate: async ({ itemId, done }) => {
      await queryClient.cancelQueries({ queryKey: processKey(id) });
      queryClient.setQueryData<Awaited<ReturnType<typeof api.get<TInitiativeProcess>>>>(processKey(id), (current) =>
        current ? { ...current, data: { ...current.data, checklist: current.data.checklist.map((item) => (item.id === itemId ? { ...item, done } : item)) } } : current,
      );
    },
    onSettled: () => invalidateInitiative(queryClient, id),
  });
}

export function useRoleCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['initiatives', 'role-candidates', id],
    enabled,
    queryFn: async ({ signal }) => (await api.get<{ items: { id: string; name: string }[] }>(`/initiatives/${id}/role-candidates`, { signal })).data.items,
  });
}

export function useNameRole(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, userId, etag }: { kind: string; userId: string; etag: string | null }) =>
      api.post<TInitiativeProcess>(`/initiatives/${id}/roles`, { kind, userId }, { ifMatch: etag }),
    onSuccess: (response) => storeProcess(queryClient, id, response),
  });
}

export function useRemoveRole(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roleId, etag }: { roleId: string; etag: string | null }) => api.delete<TInitiativeProcess>(`/initiatives/${id}/roles/${roleId}`, { ifMatch: etag }),
    onSuccess: (response) => storeProcess(queryClient, id, response),
  });
}

/** The portfolio's filters as the URL and the API spell them. */
export type TPortfolioFilters = { stage?: string; form?: string; status?: string; focusAreaId?: string; owner?: string };

export function usePortfolio(filters: TPortfolioFilters) {
  return useQuery({
    queryKey: ['initiatives', 'portfolio', filters],
    queryFn: async ({ signal }) => (await api.get<TPortfolio>('/initiatives/portfolio', { signal, query: filters })).data.items,
  });
}

const templatesKey = (form: InitiativeForm) => ['checklist-templates', form] as const;

export function useChecklistTemplates(form: InitiativeForm) {
  return useQuery({
    queryKey: templatesKey(form),
    queryFn: async ({ signal }) => (await api.get<{ items: TChecklistTemplateItem[] }>('/checklist-templates', { signal, query: { form } })).data.items,
  });
}

/** One mutation for the template changes (add, edit, remove, move); the list is reloaded after each. */
export function useChangeChecklistTemplates(form: InitiativeForm) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { kind: 'add'; stage: number; text: string } | { kind: 'edit' | 'remove' | 'up' | 'down'; item: TChecklistTemplateItem; text?: string }) => {
      if (change.kind === 'add') return api.post('/checklist-templates', { form, stage: change.stage, text: change.text });
      const ifMatch = `"${change.item.version}"`;
      if (change.kind === 'edit') return api.patch(`/checklist-templates/${change.item.id}`, { text: change.text }, { ifMatch });
      if (change.kind === 'remove') return api.delete(`/checklist-templates/${change.item.id}`, { ifMatch });
      return api.post(`/checklist-templates/${change.item.id}/move`, { direction: change.kind }, { ifMatch });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: templatesKey(form) }),
  });
}
