import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@web/api/api-error';

/** Retrying cannot fix a 4xx (wrong input, no access, gone): only network and server errors retry. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * The app's one query cache. Data counts as fresh for 30 s (lists change slowly; saves
 * invalidate what they touch); mutations never retry because a retried POST could save twice.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
