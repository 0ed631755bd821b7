import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TIntegration } from '@domain/integrations.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { problemText } from '@web/i18n/error-text';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { StatusTag } from '@web/ui/status-tag';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { ExportLinks } from '@web/features/registers/export-links';
import { IntegrationForm } from '@web/features/registers/integration-form';
import { IntegrationGraph } from '@web/features/registers/integration-graph';
import { useIntegrationMutations, useIntegrations } from '@web/features/registers/registers.api';
import '@web/features/registers/registers.css';

/** /systemlista/integrationer: the integrations as a graph with the same data as a table. */
export function IntegrationsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const announce = useAnnounce();
  const integrations = useIntegrations();
  const { remove } = useIntegrationMutations();

  const columns: TColumn<TIntegration>[] = [
    { id: 'from', header: t('registers.integrations.from'), isRowHeader: true, cell: (i) => i.fromSystemName, sortValue: (i) => i.fromSystemName },
    { id: 'to', header: t('registers.integrations.to'), cell: (i) => i.toSystemName, sortValue: (i) => i.toSystemName },
    { id: 'direction', header: t('registers.integrations.direction'), cell: (i) => t(`registers.integrations.directions.${i.direction}`) },
    { id: 'information', header: t('registers.integrations.information'), cell: (i) => i.information },
    { id: 'method', header: t('registers.integrations.method'), cell: (i) => t(`registers.integrations.methods.${i.method}`), sortValue: (i) => i.method },
    {
      id: 'double',
      header: t('registers.integrations.doubleEntry'),
      cell: (i) => (i.doubleEntry ? <StatusTag tone="danger">{t('registers.integrations.doubleEntryYes')}</StatusTag> : t('registers.integrations.no')),
      sortValue: (i) => (i.doubleEntry ? 0 : 1),
    },
    ...(can('register:manage')
      ? [
          {
            id: 'actions',
            header: <span className="visually-hidden">{t('registers.integrations.remove')}</span>,
            cell: (i: TIntegration) => (
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                aria-label={t('registers.integrations.removeLabel', { from: i.fromSystemName, to: i.toSystemName })}
                onClick={() => remove.mutate(i, { onSuccess: () => announce(t('registers.integrations.removed')), onError: (error) => announce(problemText(error)) })}
              >
                {t('registers.integrations.remove')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const content = () => {
    if (integrations.isPending) return <LoadingState />;
    if (integrations.isError) return <ErrorState error={integrations.error} onRetry={() => void integrations.refetch()} />;
    if (integrations.data.items.length === 0) return <EmptyState>{t('registers.integrations.empty')}</EmptyState>;
    return (
      <>
        <IntegrationGraph integrations={integrations.data.items} />
        <DataTable caption={t('registers.integrations.caption')} columns={columns} rows={integrations.data.items} rowKey={(i) => i.id} emptyText={t('table.noRows')} />
        <ExportLinks path="/integrations/export" />
      </>
    );
  };

  return (
    <>
      <PageHeading>{t('registers.integrations.title')}</PageHeading>
      <Paragraph>{t('registers.integrations.intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.systems}>{t('registers.systems.back')}</RouterLink>
        </Link>
      </Paragraph>
      {content()}
      {can('register:manage') && (
        <section aria-labelledby="add-integration-heading" className="stack">
          <Heading level={2} data-size="sm" id="add-integration-heading">
            {t('registers.integrations.add')}
          </Heading>
          <IntegrationForm />
        </section>
      )}
    </>
  );
}
