import { useCallback, useMemo, useState, type FormEvent } from 'react';
import '@web/features/decisions/list-filters.css';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link } from '@digdir/designsystemet-react';
import type { TContractEnding } from '@domain/systems.contracts';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { SelectField } from '@web/ui/form-field';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { useContractsEnding } from '@web/features/registers/registers.api';
import { Chart } from '@web/ui/charts/chart';
import type { TChartColours } from '@web/ui/charts/chart-colours';
import { contractTimelineHeight, contractTimelineOption } from '@web/features/registers/contract-timeline-option';

/** The contracts on a timeline; the table below holds the same dates. */
function ContractTimeline({ items }: { items: readonly TContractEnding[] }) {
  const { t } = useTranslation();
  const texts = useMemo(() => ({ untilNotice: t('registers.systems.contracts.untilNotice'), noticePeriod: t('registers.systems.contracts.noticePeriod') }), [t]);
  const option = useCallback((colours: TChartColours) => contractTimelineOption(items, new Date().toISOString().slice(0, 10), texts, colours), [items, texts]);
  return <Chart loadSetup={() => import('@web/features/home/home-echarts-setup')} option={option} className="contract-timeline" height={contractTimelineHeight(items.length)} summary={t('registers.systems.contracts.chartSummary', { count: items.length })} />;
}

const MONTH_CHOICES = [3, 6, 12, 24];

/** "Avtal som löper ut": the contracts ending within a chosen number of months, with notice dates. */
export function ContractsEnding() {
  const { t } = useTranslation();
  const [months, setMonths] = useState(6);
  const contracts = useContractsEnding(months);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMonths(Number(new FormData(event.currentTarget).get('months')));
  };

  const columns: TColumn<TContractEnding>[] = [
    {
      id: 'name',
      header: t('registers.systems.name'),
      isRowHeader: true,
      cell: (c) => (
        <Link asChild>
          <RouterLink to={paths.system(c.id)}>{c.name}</RouterLink>
        </Link>
      ),
    },
    { id: 'supplier', header: t('registers.systems.supplier'), cell: (c) => c.supplier },
    { id: 'end', header: t('registers.systems.contractEnd'), cell: (c) => c.contractEnd },
    { id: 'notice', header: t('registers.systems.noticeMonths'), align: 'end', cell: (c) => c.noticeMonths ?? '' },
    { id: 'noticeDate', header: t('registers.systems.noticeDate'), cell: (c) => c.noticeDate },
  ];

  return (
    <section aria-labelledby="contracts-heading" className="stack">
      <Heading level={2} data-size="sm" id="contracts-heading">
        {t('registers.systems.contracts.heading')}
      </Heading>
      <form className="list-filters" onSubmit={handleSubmit}>
        <SelectField
          label={t('registers.systems.contracts.months')}
          name="months"
          defaultValue={String(months)}
          options={MONTH_CHOICES.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <div className="list-filters__actions">
          <Button type="submit" variant="secondary">
            {t('registers.systems.contracts.show')}
          </Button>
        </div>
      </form>
      {contracts.isPending ? (
        <LoadingState />
      ) : contracts.isError ? (
        <ErrorState error={contracts.error} onRetry={() => void contracts.refetch()} />
      ) : contracts.data.items.length === 0 ? (
        <EmptyState>{t('registers.systems.contracts.empty', { months })}</EmptyState>
      ) : (
        <>
          <ContractTimeline items={contracts.data.items} />
          <DataTable caption={t('registers.systems.contracts.caption', { months })} columns={columns} rows={contracts.data.items} rowKey={(c) => c.id} emptyText={t('table.noRows')} />
        </>
      )}
    </section>
  );
}
