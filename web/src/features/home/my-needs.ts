import { useQuery } from '@tanstack/react-query';
import type { TNeedPage } from '@domain/needs.contracts';
import { api } from '@web/api/client';
import { isApiError } from '@web/api/api-error';

/** How many of the user's own needs the start page lists; the needs list shows the rest. */
export const MY_NEEDS_ON_START = 10;

/**
 * The needs the current user submitted, newest first. Answers null when the server has no needs
 * route yet, so the start page shows a placeholder instead of an error.
 */
export function useMyNeeds(enabled: boolean) {
  return useQuery({
    queryKey: ['needs', 'list', { mine: true, limit: MY_NEEDS_ON_START }],
    enabled,
    queryFn: async ({ signal }) => {
      try {
        return (await api.get<TNeedPage>('/needs', { query: { mine: true, limit: MY_NEEDS_ON_START }, signal })).data;
      } catch (error) {
        if (isApiError(error, 'not_found')) return null;
        throw error;
      }
    },
  });
}
