import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TSupplierDemoSummary } from '@domain/supplier-demos.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { ExportLinks } from '@web/features/registers/export-links';
import { useSupplierDemos } from '@web/features/registers/registers.api';
import '@web/features/registers/registers.css';

/** /leverantorsvisningar: the demo sessions, newest first. Never purchase decisions. */
export function SupplierDemosPage() {
  const { t } = useTranslation();
  const can = useCan();
  const demos = useSupplierDemos();
  const columns: TColumn<TSupplierDemoSummary>[] = [
    { id: 'heldOn', header: t('registers.demos.heldOn'), cell: (d) => d.heldOn, sortValue: (d) => d.heldOn },
    {
      id: 'title',
      header: t('registers.demos.titleField'),
      isRowHeader: true,
      sortValue: (d) => d.title,
      cell: (d) => (
        <Link asChild>
          <RouterLink to={paths.supplierDemo(d.id)}>{d.title}</RouterLink>
        </Link>
      ),
    },
    { id: 'place', header: t('registers.demos.place'), cell: (d) => d.place },
    { id: 'suppliers', header: t('registers.demos.suppliers'), cell: (d) => d.suppliers.join(', ') },
    { id: 'needs', header: t('registers.demos.needCount'), align: 'end', cell: (d) => d.needCount, sortValue: (d) => d.needCount },
  ];
  return (
    <>
      <PageHeading>{t('registers.demos.title')}</PageHeading>
      <Alert data-color="info">
        <Paragraph className="register-notice">{t('registers.demos.notPurchase')}</Paragraph>
      </Alert>
      <Paragraph>{t('registers.demos.intro')}</Paragraph>
      {can('register:manage') && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={paths.newSupplierDemo}>{t('registers.demos.add')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {demos.isPending ? (
        <LoadingState />
      ) : demos.isError ? (
        <ErrorState error={demos.error} onRetry={() => void demos.refetch()} />
      ) : demos.data.items.length === 0 ? (
        <EmptyState>{t('registers.demos.empty')}</EmptyState>
      ) : (
        <>
          <DataTable caption={t('registers.demos.caption')} columns={columns} rows={demos.data.items} rowKey={(d) => d.id} emptyText={t('table.noRows')} />
          <ExportLinks path="/supplier-demos/export" />
        </>
      )}
    </>
  );
}
