import { useEffect } from 'react';
import { LoadingState } from '@web/ui/states';
import { useLazyEChart } from '@web/ui/use-lazy-echart';
import { homeChartColours, homeChartHeight, homeChartOption, type THomeBar } from '@web/features/home/home-chart-option';

/**
 * A small bar chart on the start page (ECharts, loaded lazily). One image to screen readers named
 * by `summary`; the data table beside it carries the values and the links to the lists.
 */
export function HomeChart({ bars, seriesNames, summary, format }: { bars: readonly THomeBar[]; seriesNames: readonly string[]; summary: string; format?: (value: number) => string }) {
  const { containerRef, chartRef, state } = useLazyEChart(() => import('@web/features/home/home-echarts-setup'));
  const height = homeChartHeight(bars, seriesNames.length);

  useEffect(() => {
    if (state !== 'ready' || !chartRef.current || !containerRef.current) return;
    chartRef.current.setOption(homeChartOption(bars, seriesNames, homeChartColours(containerRef.current), format), { notMerge: true });
    chartRef.current.resize();
  }, [state, bars, seriesNames, format, height]);

  return (
    <>
      {state === 'loading' && <LoadingState />}
      <div ref={containerRef} className="home-chart" style={{ height }} role="img" aria-label={summary} hidden={state === 'failed'} />
    </>
  );
}
