import { useTranslation } from 'react-i18next';
import { Paragraph } from '@digdir/designsystemet-react';
import { useCan } from '@web/app/session';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { FocusAreasWithGoals } from '@web/features/strategy/focus-areas-with-goals';
import { StrategyForm } from '@web/features/strategy/strategy-form';
import { StrategyReadOnly } from '@web/features/strategy/strategy-read-only';
import { useStrategyFrame } from '@web/features/strategy/strategy.api';
import '@web/features/strategy/strategy.css';

/**
 * /strategi: the strategy frame (vision, SWOT, stakeholders, success factors) – a form for those
 * with `plan:edit`, read-only for other members – and the organisation's focus areas with goals.
 */
export function StrategyPage() {
  const { t } = useTranslation();
  const can = useCan();
  const query = useStrategyFrame();

  return (
    <>
      <PageHeading>{t('strategy.title')}</PageHeading>
      <Paragraph>{t('strategy.intro')}</Paragraph>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : can('plan:edit') ? (
        <StrategyForm frame={query.data.data} etag={query.data.etag} onReload={() => query.refetch()} />
      ) : (
        <StrategyReadOnly frame={query.data.data} />
      )}
      <FocusAreasWithGoals />
    </>
  );
}
