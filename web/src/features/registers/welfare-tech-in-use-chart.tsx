import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@digdir/designsystemet-react';
import type { TWelfareTechInUseOverTime } from '@domain/welfare-tech.contracts';
import { Chart } from '@web/ui/charts/chart';
import type { TChartColours } from '@web/ui/charts/chart-colours';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDate, formatNumber } from '@web/ui/format';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { useWelfareTechInUseOverTime } from '@web/features/registers/registers.api';
import { inUseOverTimeOption } from '@web/features/registers/in-use-over-time-option';

type TSeries = TWelfareTechInUseOverTime['series'][number];

/**
 * "Välfärdsteknik i drift över tid": how much of each technology was in use at each inventory, as
 * lines, with the same figures in a table (technology per row, one column per inventory date).
 */
export function WelfareTechInUseChart() {
  const { t } = useTranslation();
  const overTime = useWelfareTechInUseOverTime();
  const data = overTime.data;
  const texts = useMemo(() => ({ units: t('registers.welfareTech.overTime.units') }), [t]);
  const option = useCallback((colours: TChartColours) => inUseOverTimeOption(data!, texts, colours), [data, texts]);

  const body = () => {
    if (overTime.isPending) return <LoadingState />;
    if (overTime.isError) return <ErrorState error={overTime.error} onRetry={() => void overTime.refetch()} />;
    if (overTime.data.series.length === 0) return <EmptyState>{t('registers.welfareTech.overTime.empty')}</EmptyState>;
    const { dates, series } = overTime.data;
    const columns: TColumn<TSeries>[] = [
      { id: 'technology', header: t('registers.welfareTech.technology'), isRowHeader: true, cell: (row) => row.technology },
      ...dates.map((date, index): TColumn<TSeries> => ({ id: date, header: formatDate(date), align: 'end', cell: (row) => formatNumber(row.counts[index] ?? 0) })),
    ];
    const latest = series.reduce((sum, row) => sum + (row.counts.at(-1) ?? 0), 0);
    return (
      <>
        <Chart
          loadSetup={() => import('@web/features/benefits/echarts-line-setup')}
          option={option}
          className="in-use-chart"
          summary={t('registers.welfareTech.overTime.summary', { technologies: series.length, dates: dates.length, latest: formatNumber(latest), date: formatDate(dates.at(-1)) })}
        />
        <DataTable caption={t('registers.welfareTech.overTime.caption')} columns={columns} rows={series} rowKey={(row) => row.technology} emptyText={t('table.noRows')} />
      </>
    );
  };

  return (
    <section aria-labelledby="in-use-heading" className="stack">
      <Heading level={2} data-size="sm" id="in-use-heading">
        {t('registers.welfareTech.overTime.heading')}
      </Heading>
      {body()}
    </section>
  );
}
