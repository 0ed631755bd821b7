import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TClassificationInput, TClassificationLabels, TClassificationView, TLevelLabels } from '@domain/information-classification.contracts';
import { api } from '@web/api/client';

/** The organisation's level names (defaults until an administrator renames them). */
export function useLevelLabels() {
  return useQuery({ queryKey: ['classification-labels'], queryFn: ({ signal }) => api.get<TClassificationLabels>('/classification-labels', { signal }) });
}

export function useSaveLevelLabels() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ labels, etag }: { labels: TLevelLabels; etag: string | null }) => api.put<TClassificationLabels>('/classification-labels', labels, { ifMatch: etag }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['classification-labels'] }),
  });
}

export function useInitiativeClassification(initiativeId: string) {
  return useQuery({
    queryKey: ['classification', 'initiative', initiativeId],
    queryFn: ({ signal }) => api.get<TClassificationView>(`/initiatives/${initiativeId}/classification`, { signal }),
  });
}

export function useClassifyInitiative(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TClassificationInput; etag: string | null }) => api.post<TClassificationView>(`/initiatives/${initiativeId}/classification`, body, { ifMatch: etag }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['classification', 'initiative', initiativeId] }),
  });
}
