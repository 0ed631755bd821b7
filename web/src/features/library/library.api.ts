import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TLibraryChoices, TLibraryEntry, TLibraryHit, TLibraryPage, TLibraryPreview, TLibraryPublishRequest } from '@domain/library.contracts';
import { api, type TQuery } from '@web/api/client';
import { useCursorList } from '@web/api/use-cursor-list';

const KEY = ['library'] as const;

export type TLibraryFilters = { q?: string; technology?: string; focusArea?: string; stage?: string; hasOutcome?: string };

export const useLibrarySearch = (filters: TLibraryFilters) => useCursorList<TLibraryHit, TLibraryPage>([...KEY, 'search', filters], '/library', filters as TQuery, 20);

export const useLibraryFilterChoices = () =>
  useQuery({ queryKey: [...KEY, 'filters'], queryFn: async ({ signal }) => (await api.get<{ technologies: string[]; focusAreas: string[] }>('/library/filters', { signal })).data });

export const useLibraryEntry = (id: string) => useQuery({ queryKey: [...KEY, 'entry', id], queryFn: async ({ signal }) => (await api.get<TLibraryEntry>(`/library/${id}`, { signal })).data });

export const useInitiativeLibraryEntry = (initiativeId: string) =>
  useQuery({ queryKey: [...KEY, 'initiative', initiativeId], queryFn: async ({ signal }) => (await api.get<{ entry: TLibraryEntry | null }>(`/initiatives/${initiativeId}/library-entry`, { signal })).data });

export const useNeedLibraryOrigin = (needId: string) =>
  useQuery({
    queryKey: [...KEY, 'need', needId],
    queryFn: async ({ signal }) => (await api.get<{ origin: { libraryEntryId: string; title: string; copiedAt: string } | null }>(`/needs/${needId}/library-origin`, { signal })).data,
  });

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

/** The preview writes nothing, so it is a mutation only in that it is a POST the user asks for. */
export const usePreviewLibraryEntry = () => useMutation({ mutationFn: async (body: TLibraryPublishRequest) => (await api.post<TLibraryPreview>('/library/preview', body)).data });

export function usePublishLibraryEntry() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async (body: TLibraryPublishRequest) => (await api.post<TLibraryEntry>('/library', body)).data, onSuccess: invalidate });
}

export function useUpdateLibraryEntry() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, version, choices }: { id: string; version: number; choices: TLibraryChoices }) => (await api.put<TLibraryEntry>(`/library/${id}`, choices, { ifMatch: `"${version}"` })).data,
    onSettled: invalidate,
  });
}

export function useWithdrawLibraryEntry() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => (await api.post<TLibraryEntry>(`/library/${id}/withdraw`, undefined, { ifMatch: `"${version}"` })).data,
    onSettled: invalidate,
  });
}

export function useCopyLibraryEntryAsNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await api.post<{ needId: string; number: number }>(`/library/${id}/copy-as-need`)).data,
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}
