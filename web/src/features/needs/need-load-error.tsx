import { isApiError } from '@web/api/api-error';
import { ErrorState } from '@web/ui/states';
import { notFoundForBadId } from '@web/features/needs/needs.api';

/**
 * A need that could not be loaded. A missing need (or a malformed address) says so without
 * "Försök igen", which could not help; other failures offer it.
 */
export function NeedLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const missing = isApiError(error, 'not_found', 'validation_failed');
  return <ErrorState error={notFoundForBadId(error)} onRetry={missing ? undefined : onRetry} />;
}
