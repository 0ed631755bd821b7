import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link } from '@digdir/designsystemet-react';
import type { NeedStatus, TNeedListItem } from '@domain/needs.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDate } from '@web/ui/format';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag, type TStatusTone } from '@web/ui/status-tag';
import { useMyNeeds } from '@web/features/home/my-needs';

const STATUS_TONE: Record<NeedStatus, TStatusTone> = {
  submitted: 'info',
  assessed: 'info',
  approved: 'success',
  rejected: 'danger',
  parked: 'warning',
  merged: 'neutral',
};

/** "Mina behov" on the start page: the user's latest needs with their status. */
export function MyNeedsSection() {
  const { t } = useTranslation();
  const can = useCan();
  const query = useMyNeeds(can('need:read'));

  const columns: TColumn<TNeedListItem>[] = [
    { id: 'number', header: t('home.myNeeds.number'), cell: (need) => `B-${need.number}`, sortValue: (need) => need.number },
    {
      id: 'title',
      header: t('home.myNeeds.titleColumn'),
      isRowHeader: true,
      sortValue: (need) => need.title,
      cell: (need) => (
        <Link asChild>
          <RouterLink to={paths.need(need.id)}>{need.title}</RouterLink>
        </Link>
      ),
    },
    { id: 'status', header: t('home.myNeeds.status'), cell: (need) => <StatusTag tone={STATUS_TONE[need.status]}>{t(`needStatus.${need.status}`)}</StatusTag>, sortValue: (need) => t(`needStatus.${need.status}`) },
    { id: 'submittedAt', header: t('home.myNeeds.submittedAt'), cell: (need) => formatDate(need.submittedAt), sortValue: (need) => need.submittedAt },
  ];

  const content = () => {
    if (!can('need:read')) return null;
    if (query.isPending) return <LoadingState />;
    if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    if (query.data === null) return <EmptyState>{t('home.myNeeds.unavailable')}</EmptyState>;
    if (query.data.items.length === 0) {
      return (
        <EmptyState
          action={
            can('need:submit') && (
              <Link asChild>
                <RouterLink to={paths.submitNeed}>{t('nav.submitNeed')}</RouterLink>
              </Link>
            )
          }
        >
          {t('home.myNeeds.empty')}
        </EmptyState>
      );
    }
    return (
      <>
        <DataTable caption={t('home.myNeeds.caption')} captionHidden columns={columns} rows={query.data.items} rowKey={(need) => need.id} />
        <Link asChild>
          <RouterLink to={`${paths.needs}?mine=true`}>{t('needs.list.allMine')}</RouterLink>
        </Link>
      </>
    );
  };

  return (
    <section aria-labelledby="my-needs-heading" className="stack">
      <Heading level={2} data-size="sm" id="my-needs-heading">
        {t('home.myNeeds.heading')}
      </Heading>
      {content()}
    </section>
  );
}
