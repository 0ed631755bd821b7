import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFocusArea, TStrategicGoal } from '@domain/organization.contracts';
import type { TStrategyFrame, TStrategyFrameInput } from '@domain/strategy.contracts';
import { api, type TApiResponse } from '@web/api/client';

const STRATEGY_KEY = ['strategy'] as const;

/** The strategy frame with its ETag ("0" before the first save), for the form's If-Match. */
export function useStrategyFrame() {
  return useQuery({
    queryKey: STRATEGY_KEY,
    queryFn: ({ signal }) => api.get<TStrategyFrame>('/strategy', { signal }),
  });
}

/** Saves the whole frame (If-Match); the answer, with its new ETag, replaces what the page shows. */
export function useSaveStrategyFrame() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TStrategyFrameInput; etag: string | null }) => api.put<TStrategyFrame>('/strategy', body, { ifMatch: etag }),
    onSuccess: (response) => queryClient.setQueryData<TApiResponse<TStrategyFrame>>(STRATEGY_KEY, response),
  });
}

/** The organisation's focus areas and strategic goals (read by every member), shown beside the frame. */
export function useFocusAreasWithGoals() {
  return useQuery({
    queryKey: ['strategy', 'focus-areas-with-goals'],
    queryFn: async ({ signal }) => {
      const [focusAreas, goals] = await Promise.all([api.get<{ items: TFocusArea[] }>('/focus-areas', { signal }), api.get<{ items: TStrategicGoal[] }>('/strategic-goals', { signal })]);
      return { focusAreas: focusAreas.data.items.filter((area) => !area.isArchived), goals: goals.data.items.filter((goal) => !goal.isArchived) };
    },
  });
}
