import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCorrectDecisionRequest, TDecideNeedRequest, TDecision, TDecisionPage } from '@domain/decisions.contracts';
import { api } from '@web/api/client';
import { useCursorList } from '@web/api/use-cursor-list';
import { invalidateNeedViews } from '@web/features/assessment/assessment.api';

/** Filters of the decision log, as the URL and the API spell them. */
export type TDecisionLogFilters = { outcome?: string; year?: string };

/**
 * The decisions on one need, newest first, with the ETag the server sends for it: the need's
 * version, which deciding must send back as If-Match.
 */
export function useNeedDecisions(needId: string) {
  return useQuery({
    queryKey: ['decisions', 'need', needId],
    queryFn: ({ signal }) => api.get<{ items: TDecision[] }>(`/needs/${needId}/decisions`, { signal }),
  });
}

/** OLG's decision on a need; afterwards the need, the log, the matrix and initiatives are refreshed. */
export function useDecideNeed(needId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TDecideNeedRequest; etag: string | null }) => api.post<TDecision>(`/needs/${needId}/decisions`, body, { ifMatch: etag }),
    onSuccess: () => invalidateNeedViews(queryClient, needId),
  });
}

/**
 * Corrects a decision (If-Match = the need's version): a new decision supersedes it; afterwards the
 * need, the log, the matrix and the initiative are refreshed.
 */
export function useCorrectDecision(needId: string, decisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TCorrectDecisionRequest; etag: string | null }) => api.post<TDecision>(`/decisions/${decisionId}/corrections`, body, { ifMatch: etag }),
    onSuccess: () => invalidateNeedViews(queryClient, needId),
  });
}

/** The decision log, newest decision date first, a page at a time. */
export function useDecisionLog(filters: TDecisionLogFilters) {
  return useCursorList<TDecision, TDecisionPage>(['decisions', 'log', filters], '/decisions', filters, 50);
}
