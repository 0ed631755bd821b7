import { useEffect, useRef, type ReactNode } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { LoadingState } from '@web/ui/states';
import { useLazyEChart } from '@web/ui/use-lazy-echart';
import { chartColours, type TChartColours } from '@web/ui/charts/chart-colours';

type TChartSetup = { init: (element: HTMLElement, theme: null, options: { renderer: 'svg' }) => EChartsType };

type TChartProps = {
  /** `() => import('…-echarts-setup')`: the ECharts parts this chart draws with, loaded lazily. */
  loadSetup: () => Promise<TChartSetup>;
  /** The ECharts option, built from the page's design-system colours. */
  option: (colours: TChartColours) => EChartsCoreOption;
  /** What the chart shows, read by screen readers in place of the drawing. */
  summary: string;
  className: string;
  /** Pixel height when it depends on the data (rows on a timeline); else the CSS class sets it. */
  height?: number;
  failedText?: ReactNode;
};

/**
 * One chart (ECharts, SVG, loaded with `import()` so charts never reach the first page load),
 * in Swedish: the setup module's `init` comes from `echarts-swedish.ts`, numbers and dates from
 * `chart-format.ts`. To screen readers it is one image named by `summary`; every chart has a
 * data table with the same figures next to it.
 */
export function Chart({ loadSetup, option, summary, className, height, failedText }: TChartProps) {
  const { containerRef, chartRef, state } = useLazyEChart(loadSetup);
  const optionRef = useRef(option);
  optionRef.current = option;

  useEffect(() => {
    if (state !== 'ready' || !chartRef.current || !containerRef.current) return;
    chartRef.current.setOption(optionRef.current(chartColours(containerRef.current)), { notMerge: true });
    chartRef.current.resize();
  }, [state, option, height]);

  return (
    <>
      {state === 'loading' && <LoadingState />}
      {state === 'failed' && failedText && <p>{failedText}</p>}
      <div ref={containerRef} className={className} style={height === undefined ? undefined : { height }} role="img" aria-label={summary} hidden={state === 'failed'} />
    </>
  );
}
