import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TIntegration } from '@domain/integrations.contracts';
import { LoadingState } from '@web/ui/states';
import { useLazyEChart } from '@web/ui/use-lazy-echart';
import { graphColours, integrationGraphOption } from '@web/features/registers/integration-graph-option';

/**
 * The integrations as a graph (ECharts, loaded only here). To screen readers it is one image named
 * by its summary; the table beside it holds every detail.
 */
export function IntegrationGraph({ integrations }: { integrations: readonly TIntegration[] }) {
  const { t } = useTranslation();
  const { containerRef, chartRef, state } = useLazyEChart(() => import('@web/features/registers/registers-echarts-setup'));
  const systemCount = new Set(integrations.flatMap((i) => [i.fromSystemId, i.toSystemId])).size;

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
