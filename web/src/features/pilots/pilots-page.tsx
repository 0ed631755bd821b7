import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import type { TPilot } from '@domain/pilots.contracts';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { ExportLinks } from '@web/features/registers/export-links';
import { pilotPeriod, pilotPlace } from '@web/features/pilots/pilot-details';
import { useAllPilots } from '@web/features/pilots/pilots.api';
import '@web/features/registers/registers.css';
import '@web/features/pilots/pilots.css';

/** /piloter: every pilot and testbädd of the organisation, with its initiative, and the Excel export. */
export function PilotsPage() {
  const { t } = useTranslation();
  const pilots = useAllPilots();
  const columns: TColumn<TPilot>[] = [
    { id: 'title', header: t('pilots.fields.title'), cell: (p) => p.title, sortValue: (p) => p.title, isRowHeader: true },
    {
      id: 'initiative',
      header: t('pilots.fields.initiative'),
      sortValue: (p) => p.initiativeTitle,
      cell: (p) => (
        <Link asChild>
          <RouterLink to={`${paths.initiative(p.initiativeId)}#piloter`}>{p.initiativeTitle}</RouterLink>
        </Link>
      ),
    },
    { id: 'place', header: t('pilots.fields.environment'), cell: (p) => pilotPlace(p) },
    { id: 'period', header: t('pilots.fields.period'), cell: (p) => pilotPeriod(p), sortValue: (p) => p.startsOn },
    { id: 'status', header: t('pilots.fields.status'), cell: (p) => t(`pilots.statuses.${p.status}`), sortValue: (p) => p.status },
    { id: 'partners', header: t('pilots.fields.partners'), cell: (p) => p.partners.map((partner) => partner.name).join(', ') },
    { id: 'outcome', header: t('pilots.fields.outcome'), cell: (p) => (p.outcome ? t(`pilots.outcomes.${p.outcome}`) : '') },
  ];
  return (
    <>
      <PageHeading>{t('pilots.title')}</PageHeading>
      <Paragraph>{t('pilots.intro')}</Paragraph>
      {pilots.isPending ? (
        <LoadingState />
      ) : pilots.isError ? (
        <ErrorState error={pilots.error} onRetry={() => void pilots.refetch()} />
      ) : pilots.data.length === 0 ? (
        <EmptyState>{t('pilots.emptyAll')}</EmptyState>
      ) : (
        <>
          <DataTable caption={t('pilots.caption')} columns={columns} rows={pilots.data} rowKey={(p) => p.id} emptyText={t('table.noRows')} />
          <ExportLinks path="/pilots/export" />
        </>
      )}
    </>
  );
}
