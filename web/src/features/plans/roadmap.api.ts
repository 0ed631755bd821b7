import { useQuery } from '@tanstack/react-query';
import type { TPlan } from '@domain/plans.contracts';
import { api } from '@web/api/client';

/**
 * The plan the roadmap draws. Keyed under `['plans', id]`, so whatever refreshes the plan after an
 * edit refreshes its roadmap too.
 */
export function useRoadmapPlan(id: string) {
  return useQuery({
    queryKey: ['plans', id, 'roadmap'],
    queryFn: async ({ signal }) => (await api.get<TPlan>(`/plans/${id}`, { signal })).data,
  });
}
