import { useEffect, useRef, useState, type RefObject } from 'react';
import type { EChartsType } from 'echarts/core';

/** A module that registers the ECharts parts one chart needs and re-exports `init`. */
type EChartsSetup = { init: (element: HTMLElement, theme: null, options: { renderer: 'svg' }) => EChartsType };

export type LazyEChart = {
  containerRef: RefObject<HTMLDivElement | null>;
  chartRef: RefObject<EChartsType | null>;
  state: 'loading' | 'ready' | 'failed';
};

/**
 * Mounts an ECharts instance (SVG) in `containerRef` once its setup module has loaded with
 * `import()`, so charts never reach the first page load; resizes with its container and is
 * disposed with the component. `onInit` attaches event handlers once. Each chart keeps its own
 * setup module, so a page loads only the ECharts parts it draws with.
 */
export function useLazyEChart(loadSetup: () => Promise<EChartsSetup>, onInit?: (chart: EChartsType) => void): LazyEChart {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const [state, setState] = useState<LazyEChart['state']>('loading');
  const setup = useRef({ loadSetup, onInit });

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    setup.current
      .loadSetup()
      .then((echarts) => {
        const element = containerRef.current;
        if (disposed || !element) return;
        const chart = echarts.init(element, null, { renderer: 'svg' });
        setup.current.onInit?.(chart);
        chartRef.current = chart;
        observer = new ResizeObserver(() => chart.resize());
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

  return { containerRef, chartRef, state };
}
