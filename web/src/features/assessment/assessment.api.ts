import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TAssessment, TAssessmentHistory, TFixAssessmentRequest, TRaterScoreRequest } from '@domain/assessment.contracts';
import { api, type TApiResponse } from '@web/api/client';
import { isApiError } from '@web/api/api-error';

/** Every assessment query of a need starts with this key. */
export const assessmentKey = (needId: string) => ['assessment', needId] as const;
const currentKey = (needId: string) => [...assessmentKey(needId), 'current'] as const;

/** The current round with its ETag, or null data when no round has been started (404). */
export type TCurrentAssessment = { data: TAssessment | null; etag: string | null };

/**
 * Refreshes everything a change of an assessment or a decision shows elsewhere: the need (its
 * status, version and summary), lists, the matrix, the decision log and initiatives.
 */
export async function invalidateNeedViews(queryClient: QueryClient, needId: string): Promise<void> {
  await Promise.all(
    [['needs'], ['need'], assessmentKey(needId), ['decisions'], ['matrix'], ['initiatives']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

/** The current assessment round of a need (open or fixed). */
export function useCurrentAssessment(needId: string) {
  return useQuery({
    queryKey: currentKey(needId),
    queryFn: async ({ signal }): Promise<TCurrentAssessment> => {
      try {
        return await api.get<TAssessment>(`/needs/${needId}/assessment`, { signal });
      } catch (error) {
        // No round yet: the section offers "Starta bedömning" instead of an error.
        if (isApiError(error, 'not_found')) return { data: null, etag: null };
        throw error;
      }
    },
  });
}

/** Every round of the need, newest first; the page shows the superseded ones as history. */
export function useAssessmentHistory(needId: string) {
  return useQuery({
    queryKey: [...assessmentKey(needId), 'history'],
    queryFn: async ({ signal }) => (await api.get<TAssessmentHistory>(`/needs/${needId}/assessments`, { signal })).data,
  });
}

/** Stores a round the server just returned, so the next If-Match uses its new ETag. */
function useStoreRound(needId: string) {
  const queryClient = useQueryClient();
  return async (response: TApiResponse<TAssessment>) => {
    queryClient.setQueryData<TCurrentAssessment>(currentKey(needId), { data: response.data, etag: response.etag });
    await invalidateNeedViews(queryClient, needId);
  };
}

/** Starts a new round; with a current round its ETag is required (it becomes history). */
export function useStartAssessment(needId: string) {
  const store = useStoreRound(needId);
  return useMutation({
    mutationFn: (etag: string | null) => api.post<TAssessment>(`/needs/${needId}/assessments`, undefined, { ifMatch: etag }),
    onSuccess: store,
  });
}

/** Saves the current user's own scores in the open round. */
export function useSaveMyScores(needId: string) {
  const store = useStoreRound(needId);
  return useMutation({
    mutationFn: (body: TRaterScoreRequest) => api.put<TAssessment>(`/needs/${needId}/assessment/my-scores`, body),
    onSuccess: store,
  });
}

/** Fixes the agreed scores of the open round (If-Match on the round). */
export function useFixAssessment(needId: string) {
  const store = useStoreRound(needId);
  return useMutation({
    mutationFn: ({ body, etag }: { body: TFixAssessmentRequest; etag: string | null }) =>
      api.post<TAssessment>(`/needs/${needId}/assessment/fix`, body, { ifMatch: etag }),
    onSuccess: store,
  });
}
