import { useEffect, useRef, useState } from 'react';
import type { EChartsType } from 'echarts/core';
import type { TBenefit, TMeasurement } from '@domain/benefits.contracts';
import { LoadingState } from '@web/ui/states';
import { benefitChartOption, chartColours } from '@web/features/benefits/benefit-chart-option';

/**
 * A benefit's progress as a line chart (ECharts, loaded lazily). One image to screen readers,
 * named by `summary`; the data table beside it carries the values.
 */
export function BenefitChart({ benefit, measurements, summary, texts }: { benefit: TBenefit; measurements: readonly TMeasurement[]; summary: string; texts: { value: string; baseline: string; target: string } }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    import('@web/features/benefits/echarts-line-setup')
      .then((echarts) => {
        const element = containerRef.current;
        if (disposed || !element) return;
        chartRef.current = echarts.init(element, null, { renderer: 'svg' });
        observer = new ResizeObserver(() => chartRef.current?.resize());
        observer.observe(element);
        setState('ready');
      })
      .catch(() => setState('failed'));
    return () => {
      disposed = true;
      observer?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, []);

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
