import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph, Switch } from '@digdir/designsystemet-react';
import type { TDueMeasurement } from '@domain/benefits.contracts';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDate } from '@web/ui/format';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useDueMeasurements } from '@web/features/benefits/benefits.api';
import '@web/features/benefits/benefits.css';

/** /nyttorealisering/att-mata: measurements that are due, all or only mine. */
export function DuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const mine = params.get('mina') === 'ja';
  const query = useDueMeasurements(mine);
  const columns: TColumn<TDueMeasurement>[] = [
    {
      id: 'benefit',
      header: t('benefits.due.benefit'),
      isRowHeader: true,
      cell: (d) => (
        <Link asChild>
          <RouterLink to={paths.initiativeBenefit(d.initiativeId, d.benefitId)}>{d.description}</RouterLink>
        </Link>
      ),
    },
    { id: 'initiative', header: t('benefits.due.initiative'), cell: (d) => d.initiativeTitle },
    { id: 'owner', header: t('benefits.due.owner'), cell: (d) => d.owner.name },
    { id: 'last', header: t('benefits.due.last'), cell: (d) => formatDate(d.lastMeasuredOn) || t('benefits.due.never') },
    { id: 'dueOn', header: t('benefits.due.dueOn'), sortValue: (d) => d.dueOn, cell: (d) => formatDate(d.dueOn) },
  ];
  return (
    <>
      <PageHeading>{t('benefits.due.title')}</PageHeading>
      <Paragraph>{t('benefits.due.intro')}</Paragraph>
      <Switch label={t('benefits.due.mine')} checked={mine} onChange={(e) => setParams(e.target.checked ? { mina: 'ja' } : {})} />
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <DataTable caption={t('benefits.due.caption')} columns={columns} rows={query.data} rowKey={(d) => d.benefitId} emptyText={t('benefits.due.empty')} />}
    </>
  );
}
