import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { problemText, requestIdText } from '@web/i18n/error-text';

/** A spinner with words, announced politely: "Laddar …". */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading-state" role="status">
      <Spinner aria-hidden="true" data-size="sm" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

/** Nothing to show yet, said in words, with an optional next step (a link or button). */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <Paragraph>{children}</Paragraph>
      {action}
    </div>
  );
}

/**
 * A failed load, in the user's language (from the API's error code), with the error code for
 * support on server errors and an optional "Försök igen".
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const reference = requestIdText(error);
  return (
    <Alert data-color="danger" className="error-state">
      <Paragraph>{problemText(error)}</Paragraph>
      {reference && <Paragraph data-size="sm">{reference}</Paragraph>}
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('common.tryAgain')}
        </Button>
      )}
    </Alert>
  );
}
