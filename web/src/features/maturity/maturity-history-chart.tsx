import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MATURITY_AREAS } from '@domain/maturity';
import type { TMaturityHistory } from '@domain/maturity.contracts';
import { LoadingState } from '@web/ui/states';
import { useLazyEChart } from '@web/ui/use-lazy-echart';

/** The maturity index per assessment, overall and per area (ECharts, lazy); the table beside it holds the values. */
export function MaturityHistoryChart({ history }: { history: TMaturityHistory }) {
  const { t } = useTranslation();
  const { containerRef, chartRef, state } = useLazyEChart(() => import('@web/features/maturity/maturity-echarts-setup'));
  useEffect(() => {
    if (state !== 'ready' || !chartRef.current) return;
    const names = history.items.map((item) => (item.label ? `${item.year} ${item.label}` : String(item.year)));
    const series = [
      { name: t('maturity.overall'), type: 'line' as const, data: history.items.map((item) => item.overall), lineStyle: { width: 3 } },
      ...MATURITY_AREAS.map((area) => ({ name: t(`maturity.areas.${area}`), type: 'line' as const, data: history.items.map((item) => item.byArea[area]) })),
    ];
    chartRef.current.setOption(
      { animation: false, tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 40, right: 16, top: 16, bottom: 56 }, xAxis: { type: 'category', data: names }, yAxis: { type: 'value', min: 0, max: 100 }, series },
      { notMerge: true },
    );
  }, [state, history, t]);
  return (
    <>
      {state === 'loading' && <LoadingState />}
      <div ref={containerRef} className="maturity-chart" role="img" aria-label={t('maturity.historySummary')} hidden={state === 'failed'} />
    </>
  );
}
