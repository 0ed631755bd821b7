import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';

/**
 * Paging for cursor lists: how many rows are shown (announced politely when it grows) and a
 * "Visa fler" button while the server has more. Focus stays on the button, so keyboard users can
 * keep pressing it.
 */
export function LoadMore({
  shownCount,
  hasMore,
  isLoading,
  onLoadMore,
  shownText,
}: {
  shownCount: number;
  hasMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
  /** "Visar 40 behov." — defaults to "Visar 40 rader." */
  shownText?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <Paragraph data-size="sm" aria-live="polite">
        {shownText ?? t('common.shownCount', { count: shownCount })}
      </Paragraph>
      {hasMore && (
        <Button variant="secondary" onClick={onLoadMore} loading={isLoading} aria-disabled={isLoading || undefined}>
          {t('common.showMore')}
        </Button>
      )}
    </div>
  );
}
