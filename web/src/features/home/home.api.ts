import { useQuery } from '@tanstack/react-query';
import type { THome } from '@domain/home.contracts';
import { api } from '@web/api/client';

/**
 * The start page's data for the logged-in user (GET /home) in one request; sections her roles do
 * not get come back null. Always stale, so coming back to the start page after submitting a need
 * or scoring one shows it at once.
 */
export function useHome(enabled: boolean) {
  return useQuery({
    queryKey: ['home'],
    enabled,
    staleTime: 0,
    queryFn: async ({ signal }) => (await api.get<THome>('/home', { signal })).data,
  });
}
