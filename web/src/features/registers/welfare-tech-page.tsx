import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TWelfareTechItem } from '@domain/welfare-tech.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatNumber } from '@web/ui/format';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { ExportLinks } from '@web/features/registers/export-links';
import { ImportPanel } from '@web/features/registers/import-panel';
import { useWelfareTech, useWelfareTechOptions } from '@web/features/registers/registers.api';
import { WelfareTechOverview } from '@web/features/registers/welfare-tech-overview';
import { WelfareTechInUseChart } from '@web/features/registers/welfare-tech-in-use-chart';
import '@web/features/registers/registers.css';

/** /valfardsteknik: the summary per date, the change between two dates, every row, export and import. */
export function WelfareTechPage() {
  const { t } = useTranslation();
  const can = useCan();
  const options = useWelfareTechOptions();
  const items = useWelfareTech();

  const columns: TColumn<TWelfareTechItem>[] = [
    {
      id: 'technology',
      header: t('registers.welfareTech.technology'),
      isRowHeader: true,
      sortValue: (i) => i.technology,
      cell: (i) => (
        <Link asChild>
          <RouterLink to={paths.welfareTechItem(i.id)}>{i.technology}</RouterLink>
        </Link>
      ),
    },
    { id: 'product', header: t('registers.welfareTech.product'), cell: (i) => i.product },
    { id: 'supplier', header: t('registers.welfareTech.supplier'), cell: (i) => i.supplier },
    { id: 'count', header: t('registers.welfareTech.unitCount'), align: 'end', cell: (i) => formatNumber(i.unitCount), sortValue: (i) => i.unitCount },
    { id: 'placement', header: t('registers.welfareTech.placement'), cell: (i) => i.placement, sortValue: (i) => i.placement },
    { id: 'state', header: t('registers.welfareTech.state'), cell: (i) => t(`registers.welfareTech.states.${i.state}`) },
    { id: 'asOf', header: t('registers.welfareTech.asOf'), cell: (i) => i.asOf, sortValue: (i) => i.asOf },
    { id: 'system', header: t('registers.welfareTech.system'), cell: (i) => i.systemName ?? '' },
    { id: 'initiative', header: t('registers.welfareTech.initiative'), cell: (i) => i.initiativeTitle ?? '' },
  ];

  return (
    <>
      <PageHeading>{t('registers.welfareTech.title')}</PageHeading>
      <Paragraph>{t('registers.welfareTech.intro')}</Paragraph>
      {can('register:manage') && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={paths.newWelfareTech()}>{t('registers.welfareTech.add')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <WelfareTechInUseChart />
      {options.isPending ? <LoadingState /> : options.isError ? <ErrorState error={options.error} /> : <WelfareTechOverview key={options.data.asOfDates.join()} dates={options.data.asOfDates} />}
      <section aria-labelledby="rows-heading" className="stack">
        <Heading level={2} data-size="sm" id="rows-heading">
          {t('registers.welfareTech.listHeading')}
        </Heading>
        {items.isPending ? (
          <LoadingState />
        ) : items.isError ? (
          <ErrorState error={items.error} onRetry={() => void items.refetch()} />
        ) : (
          <DataTable caption={t('registers.welfareTech.listCaption')} columns={columns} rows={items.data.items} rowKey={(i) => i.id} emptyText={t('table.noRows')} />
        )}
        <ExportLinks path="/welfare-tech/export" />
      </section>
      {can('register:manage') && <ImportPanel base="/welfare-tech" matchesExisting />}
    </>
  );
}
