import { useEffect } from 'react';
import type { TBenefit, TMeasurement } from '@domain/benefits.contracts';
import { LoadingState } from '@web/ui/states';
import { useLazyEChart } from '@web/ui/use-lazy-echart';
import { benefitChartOption, chartColours } from '@web/features/benefits/benefit-chart-option';

/**
 * A benefit's progress as a line chart (ECharts, loaded lazily). One image to screen readers,
 * named by `summary`; the data table beside it carries the values.
 */
export function BenefitChart({ benefit, measurements, summary, texts }: { benefit: TBenefit; measurements: readonly TMeasurement[]; summary: string; texts: { value: string; baseline: string; target: string } }) {
  const { containerRef, chartRef, state } = useLazyEChart(() => import('@web/features/benefits/echarts-line-setup'));

  useEffect(() => {
    if (state !== 'ready' || !chartRef.current || !containerRef.current) return;
    chartRef.current.setOption(benefitChartOption(benefit, measurements, texts, chartColours(containerRef.current)), { notMerge: true });
  }, [state, benefit, measurements, texts]);

  return (
    <>
      {state === 'loading' && <LoadingState />}
      <div ref={containerRef} className="benefit-chart" role="img" aria-label={summary} hidden={state === 'failed'} />
    </>
  );
}
