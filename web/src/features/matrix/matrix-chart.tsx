import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMatrixPoint } from '@domain/assessment.contracts';
import { LoadingState } from '@web/ui/states';
import { useLazyEChart } from '@web/ui/use-lazy-echart';
import { chartColours, matrixChartOption } from '@web/features/matrix/matrix-chart-option';
import type { TPointGroup } from '@web/features/matrix/matrix-points';

type TMatrixChartProps = {
  groups: readonly TPointGroup[];
  /** The needs in the order the arrow keys visit them. */
  order: readonly TMatrixPoint[];
  selectedId: string | null;
  onSelect: (needId: string) => void;
  onOpen: (needId: string) => void;
  /** Read by screen readers in place of the drawing: how many needs per quadrant. */
  summary: string;
};

/**
 * The prioritisation matrix drawn with ECharts (SVG). The drawing is one image to screen readers,
 * named by `summary`; the table beside it carries the details. Around it is a focusable group:
 * the arrow keys (and Home/End) move between needs, which highlights the point and shows its
 * tooltip, and Enter opens the chosen need. A click on a point chooses it; a point holding a
 * single need opens it.
 */
export function MatrixChart({ groups, order, selectedId, onSelect, onOpen, summary }: TMatrixChartProps) {
  const { t } = useTranslation();
  const handlers = useRef({ onSelect, onOpen, groups });
  handlers.current = { onSelect, onOpen, groups };
  const { containerRef, chartRef, state } = useLazyEChart(
    () => import('@web/features/matrix/echarts-setup'),
    (chart) => {
      chart.on('click', (params) => {
        const group = handlers.current.groups[params.dataIndex];
        if (params.componentType !== 'series' || !group) return;
        if (group.needs.length === 1) handlers.current.onOpen(group.needs[0]!.needId);
        else handlers.current.onSelect(group.needs[0]!.needId);
      });
    },
  );

  useEffect(() => {
    const chart = chartRef.current;
    if (state !== 'ready' || !chart || !containerRef.current) return;
    const texts = { xAxis: t('matrix.xAxis'), yAxis: t('matrix.yAxis'), feasibility: t('matrix.feasibility'), potential: t('matrix.potential') };
    chart.setOption(matrixChartOption(groups, texts, chartColours(containerRef.current), containerRef.current.clientWidth), { notMerge: true });
  }, [state, groups, t]);

  useEffect(() => {
    const chart = chartRef.current;
    if (state !== 'ready' || !chart) return;
    chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    const dataIndex = groups.findIndex((group) => group.needs.some((need) => need.needId === selectedId));
    if (dataIndex < 0) {
      chart.dispatchAction({ type: 'hideTip' });
      return;
    }
    chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex });
    chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex });
  }, [state, groups, selectedId]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (order.length === 0) return;
    const index = order.findIndex((point) => point.needId === selectedId);
    const move = (next: number) => {
      event.preventDefault();
      onSelect(order[(next + order.length) % order.length]!.needId);
    };
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowLeft':
      case 'ArrowUp':
        return move(index < 0 ? order.length - 1 : index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(order.length - 1);
      case 'Enter':
        if (selectedId) {
          event.preventDefault();
          onOpen(selectedId);
        }
        return;
      case 'Escape':
        chartRef.current?.dispatchAction({ type: 'hideTip' });
        return;
      default:
        return;
    }
  };

  return (
    <div className="matrix-chart" role="group" aria-label={t('matrix.chartGroup')} aria-describedby="matrix-keyboard-help" tabIndex={0} onKeyDown={handleKeyDown}>
      {state === 'loading' && <LoadingState label={t('matrix.chartLoading')} />}
      {state === 'failed' && <p className="matrix-chart__failed">{t('matrix.chartFailed')}</p>}
      <div ref={containerRef} className="matrix-chart__canvas" role="img" aria-label={summary} hidden={state === 'failed'} />
    </div>
  );
}
