import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsType } from 'echarts/core';
import type { TIntegration } from '@domain/integrations.contracts';
import { LoadingState } from '@web/ui/states';
import { graphColours, integrationGraphOption } from '@web/features/registers/integration-graph-option';

/**
 * The integrations as a graph (ECharts, loaded only here). To screen readers it is one image named
 * by its summary; the table beside it holds every detail.
 */
export function IntegrationGraph({ integrations }: { integrations: readonly TIntegration[] }) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const systemCount = new Set(integrations.flatMap((i) => [i.fromSystemId, i.toSystemId])).size;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    import('@web/features/registers/registers-echarts-setup')
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
    chartRef.current.setOption(integrationGraphOption(integrations, { doubleEntry: t('registers.integrations.doubleEntry') }, graphColours(containerRef.current)), { notMerge: true });
  }, [state, integrations, t]);

  return (
    <div className="integration-graph">
      {state === 'loading' && <LoadingState label={t('registers.integrations.graphLoading')} />}
      {state === 'failed' && <p>{t('registers.integrations.graphFailed')}</p>}
      <div ref={containerRef} className="integration-graph__canvas" role="img" aria-label={t('registers.integrations.graphLabel', { count: systemCount })} hidden={state === 'failed'} />
      <p className="muted">{t('registers.integrations.graphLegend')}</p>
    </div>
  );
}
