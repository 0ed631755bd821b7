import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link } from '@digdir/designsystemet-react';
import type { THomeNeed } from '@domain/home.contracts';
import type { NeedStatus } from '@domain/needs.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDate } from '@web/ui/format';
import { EmptyState } from '@web/ui/states';
import { StatusTag, type TStatusTone } from '@web/ui/status-tag';

const STATUS_TONE: Record<NeedStatus, TStatusTone> = {
  submitted: 'info',
  assessed: 'info',
  approved: 'success',
  rejected: 'danger',
  parked: 'warning',
  merged: 'neutral',
};

/** "Mina behov" on the start page: the user's latest needs, their status and the initiative OLG made of one. */
export function MyNeedsSection({ needs }: { needs: readonly THomeNeed[] }) {
  const { t } = useTranslation();
  const can = useCan();

  const columns: TColumn<THomeNeed>[] = [
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
    {
      id: 'initiative',
      header: t('start.whatHappened'),
      cell: (need) => {
        const initiative = need.initiative;
        if (!initiative) return t('start.notYet');
        const text =
          initiative.status === 'active' ? t('start.initiativeAt', { stage: initiative.stage }) : t(initiative.status === 'closed' ? 'start.initiativeClosed' : 'start.initiativeStopped');
        return (
          <Link asChild>
            <RouterLink to={paths.initiative(initiative.id)}>{text}</RouterLink>
          </Link>
        );
      },
    },
    { id: 'submittedAt', header: t('home.myNeeds.submittedAt'), cell: (need) => formatDate(need.submittedAt), sortValue: (need) => need.submittedAt },
  ];

  return (
    <section aria-labelledby="my-needs-heading" className="stack">
      <Heading level={2} data-size="sm" id="my-needs-heading">
        {t('home.myNeeds.heading')}
      </Heading>
      {needs.length === 0 ? (
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
      ) : (
        <>
          <DataTable caption={t('home.myNeeds.caption')} captionHidden columns={columns} rows={needs} rowKey={(need) => need.id} />
          <Link asChild>
            <RouterLink to={`${paths.needs}?mine=true`}>{t('needs.list.allMine')}</RouterLink>
          </Link>
        </>
      )}
    </section>
  );
}
