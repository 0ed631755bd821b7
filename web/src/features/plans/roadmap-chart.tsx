import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@web/ui/states';
import { useLazyEChart } from '@web/ui/use-lazy-echart';
import { roadmapChartHeight, roadmapChartOption, roadmapColours, type TRoadmapRow, type TRoadmapTexts } from '@web/features/plans/roadmap-chart-option';

/**
 * The roadmap as a timeline (ECharts, loaded lazily). It scrolls sideways inside its own labelled,
 * focusable region on narrow screens so the page itself never does; to screen readers it is one
 * image named by its summary, and the table beside it holds every fact.
 */
export function RoadmapChart({ rows, columns, texts, itemCount }: { rows: readonly TRoadmapRow[]; columns: readonly string[]; texts: TRoadmapTexts; itemCount: number }) {
  const { t } = useTranslation();
  const { containerRef, chartRef, state } = useLazyEChart(() => import('@web/features/plans/roadmap-echarts-setup'));
  const height = roadmapChartHeight(rows);

  useEffect(() => {
    if (state !== 'ready' || !chartRef.current || !containerRef.current) return;
    chartRef.current.setOption(roadmapChartOption(rows, columns, texts, roadmapColours(containerRef.current)), { notMerge: true });
    chartRef.current.resize();
  }, [state, rows, columns, texts, height]);

  return (
    <div className="roadmap-chart">
      {state === 'loading' && <LoadingState label={t('roadmap.chartLoading')} />}
      {state === 'failed' && <p>{t('roadmap.chartFailed')}</p>}
      <div className="roadmap-chart__scroll" role="region" aria-label={t('roadmap.chartRegion')} tabIndex={0} hidden={state === 'failed'}>
        <div ref={containerRef} className="roadmap-chart__canvas" style={{ height }} role="img" aria-label={t('roadmap.chartLabel', { count: itemCount })} />
      </div>
      <p className="muted">{t('roadmap.legendNote')}</p>
    </div>
  );
}
