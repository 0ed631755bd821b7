import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { highestLevel } from '@domain/classification';
import type { TSystemSummary } from '@domain/systems.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { ContractsEnding } from '@web/features/registers/contracts-ending';
import { ExportLinks } from '@web/features/registers/export-links';
import { ImportPanel } from '@web/features/registers/import-panel';
import { oreToKronorText } from '@web/features/registers/money';
import { useSystems } from '@web/features/registers/registers.api';
import '@web/features/registers/registers.css';

/** /systemlista: every system with supplier, owner, contract, costs, classification and lifecycle. */
export function SystemsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const systems = useSystems();

  const columns: TColumn<TSystemSummary>[] = [
    {
      id: 'name',
      header: t('registers.systems.name'),
      isRowHeader: true,
      sortValue: (s) => s.name,
      cell: (s) => (
        <Link asChild>
          <RouterLink to={paths.system(s.id)}>{s.name}</RouterLink>
        </Link>
      ),
    },
    { id: 'supplier', header: t('registers.systems.supplier'), cell: (s) => s.supplier, sortValue: (s) => s.supplier },
    { id: 'owner', header: t('registers.systems.ownerName'), cell: (s) => s.ownerName, sortValue: (s) => s.ownerName },
    { id: 'administrator', header: t('registers.systems.administratorName'), cell: (s) => s.administratorName },
    { id: 'contractEnd', header: t('registers.systems.contractEnd'), cell: (s) => s.contractEnd ?? '', sortValue: (s) => s.contractEnd ?? '' },
    { id: 'noticeDate', header: t('registers.systems.noticeDate'), cell: (s) => s.noticeDate ?? '', sortValue: (s) => s.noticeDate ?? '' },
    { id: 'yearly', header: t('registers.systems.yearlyCost'), align: 'end', cell: (s) => oreToKronorText(s.yearlyCostOre), sortValue: (s) => s.yearlyCostOre ?? -1 },
    {
      id: 'classification',
      header: t('registers.systems.classification'),
      cell: (s) => (s.classification ? String(highestLevel(s.classification)) : t('registers.systems.notClassified')),
      sortValue: (s) => (s.classification ? highestLevel(s.classification) : -1),
    },
    { id: 'lifecycle', header: t('registers.systems.lifecycle'), cell: (s) => t(`registers.lifecycles.${s.lifecycle}`), sortValue: (s) => s.lifecycle },
    { id: 'tasks', header: t('registers.systems.tasksDone'), align: 'end', cell: (s) => `${s.tasksDone}/9`, sortValue: (s) => s.tasksDone },
  ];

  const content = () => {
    if (systems.isPending) return <LoadingState />;
    if (systems.isError) return <ErrorState error={systems.error} onRetry={() => void systems.refetch()} />;
    if (systems.data.items.length === 0) return <EmptyState>{t('registers.systems.empty')}</EmptyState>;
    return (
      <DataTable caption={t('registers.systems.caption')} columns={columns} rows={systems.data.items} rowKey={(s) => s.id} emptyText={t('table.noRows')} />
    );
  };

  return (
    <>
      <PageHeading>{t('registers.systems.title')}</PageHeading>
      <Paragraph>{t('registers.systems.intro')}</Paragraph>
      <Paragraph className="register-links">
        {can('register:manage') && (
          <Link asChild>
            <RouterLink to={paths.newSystem}>{t('registers.systems.add')}</RouterLink>
          </Link>
        )}
        <Link asChild>
          <RouterLink to={paths.integrations}>{t('registers.systems.integrationsLink')}</RouterLink>
        </Link>
      </Paragraph>
      {content()}
      <ExportLinks path="/systems/export" />
      <ContractsEnding />
      {can('register:manage') && <ImportPanel base="/systems" />}
    </>
  );
}
