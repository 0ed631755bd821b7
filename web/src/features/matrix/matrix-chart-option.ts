import type { ComposeOption } from 'echarts/core';
import type { ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkAreaComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import { AXIS_BOUNDARY, QUADRANT_LABELS, type Quadrant } from '@domain/assessment';
import { formatNumber } from '@web/ui/format';
import { quadrantTitle } from '@web/features/assessment/assessment-format';
import { needLabel, type TPointGroup } from '@web/features/matrix/matrix-points';

export type TMatrixChartOption = ComposeOption<ScatterSeriesOption | GridComponentOption | TooltipComponentOption | MarkAreaComponentOption | MarkLineComponentOption>;

/** Texts the chart draws (axis names, the words for the axes in tooltips). */
export type TMatrixChartTexts = { xAxis: string; yAxis: string; feasibility: string; potential: string };

/** Colours from the design system's tokens, read once from CSS so the chart matches the theme. */
export type TChartColours = { text: string; subtle: string; point: string; line: string; areas: Record<Quadrant, string> };

/** Reads the theme's colours, with fallbacks for a page without the design tokens. */
export function chartColours(element: Element): TChartColours {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: token('--ds-color-neutral-text-default', '#1e2b3c'),
    subtle: token('--ds-color-neutral-text-subtle', '#4a5566'),
    point: token('--ds-color-accent-base-default', '#0062ba'),
    line: token('--ds-color-neutral-border-default', '#8c96a3'),
    areas: {
      doNow: token('--ds-color-success-background-tinted', '#e6f4ea'),
      doLater: token('--ds-color-warning-background-tinted', '#fdf3e1'),
      doWhenOpportune: token('--ds-color-info-background-tinted', '#e7f0fa'),
      doNot: token('--ds-color-neutral-background-tinted', '#f1f3f5'),
    },
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Where each quadrant lies in axis values and where its name goes. Both axes run from 4 (worst)
 * to 1 (best), so "Digitalisera nu!" (both ≤ 2.5) is the top-right corner.
 */
const AREAS: { quadrant: Quadrant; x: [number, number]; y: [number, number]; position: 'insideTopRight' | 'insideTopLeft' | 'insideBottomRight' | 'insideBottomLeft' }[] = [
  { quadrant: 'doNow', x: [1, AXIS_BOUNDARY], y: [1, AXIS_BOUNDARY], position: 'insideTopRight' },
  { quadrant: 'doLater', x: [AXIS_BOUNDARY, 4], y: [1, AXIS_BOUNDARY], position: 'insideTopLeft' },
  { quadrant: 'doWhenOpportune', x: [1, AXIS_BOUNDARY], y: [AXIS_BOUNDARY, 4], position: 'insideBottomRight' },
  { quadrant: 'doNot', x: [AXIS_BOUNDARY, 4], y: [AXIS_BOUNDARY, 4], position: 'insideBottomLeft' },
];

const GRID = { left: 72, right: 32, top: 24, bottom: 64 };

/**
 * The ECharts option for the matrix: one labelled marker per position (B-numbers), the four named
 * quadrants as shaded areas, dashed boundary lines at 2.5, and tooltips with the needs' titles.
 * `width` is the chart's width in pixels, so the quadrants' names can wrap on a narrow screen.
 */
export function matrixChartOption(groups: readonly TPointGroup[], texts: TMatrixChartTexts, colours: TChartColours, width?: number): TMatrixChartOption {
  // On a phone a quadrant's name is wider than its half of the grid: it wraps inside the area
  // instead of running off the picture (it was cut off at 320 px).
  const areaWidth = width === undefined ? undefined : Math.floor((width - GRID.left - GRID.right) / 2);
  const narrow = areaWidth !== undefined && areaWidth < 220;
  const wrap = narrow ? { width: Math.max(60, areaWidth - 10), overflow: 'break' as const, fontSize: 12 } : {};
  const axis = (name: string, nameGap: number) => ({
    type: 'value' as const,
    min: 1,
    max: 4,
    interval: 0.5,
    inverse: true,
    name,
    nameLocation: 'middle' as const,
    nameGap,
    nameTextStyle: { color: colours.text, fontSize: 14, fontWeight: 600 as const },
    axisLabel: { color: colours.subtle, formatter: (value: number) => formatNumber(value) },
    axisLine: { lineStyle: { color: colours.line } },
    splitLine: { show: false },
  });
  return {
    animation: false,
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
    grid: GRID,
    xAxis: axis(texts.xAxis, 36),
    yAxis: axis(texts.yAxis, 44),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const group = groups[(params as { dataIndex: number }).dataIndex];
        if (!group) return '';
        const needs = group.needs.map((need) => `<strong>${escapeHtml(needLabel(need))}</strong> ${escapeHtml(need.title)}`).join('<br>');
        const place = `${escapeHtml(texts.feasibility)} ${formatNumber(group.feasibility)} · ${escapeHtml(texts.potential)} ${formatNumber(group.potential)}`;
        return `${needs}<br>${place}<br>${escapeHtml(quadrantTitle(group.needs[0]!.quadrant))}`;
      },
    },
    series: [
      {
        type: 'scatter',
        cursor: 'pointer',
        data: groups.map((group) => ({ value: [group.feasibility, group.potential], name: group.needs.map(needLabel).join(', ') })),
        symbolSize: (_value: unknown, params: { dataIndex: number }) => 14 + 4 * Math.min(4, (groups[params.dataIndex]?.needs.length ?? 1) - 1),
        itemStyle: { color: colours.point, borderColor: '#ffffff', borderWidth: 1.5 },
        label: { show: true, position: 'right', formatter: '{b}', color: colours.text, fontSize: 12, fontWeight: 600 },
        // A label that would run past the chart's right edge (several needs at one position, on a
        // phone) goes to the left of its point instead; it was cut off at 320 px.
        labelLayout: (params: { rect: { x: number }; labelRect: { x: number; width: number } }) =>
          width !== undefined && params.labelRect.x + params.labelRect.width > width - 2
            ? { x: params.rect.x - 4, align: 'right' as const, moveOverlap: 'shiftY' as const }
            : { moveOverlap: 'shiftY' as const },
        emphasis: { scale: 1.5, label: { fontSize: 13 } },
        markArea: {
          silent: true,
          data: AREAS.map((area) => [
            {
              xAxis: area.x[0],
              yAxis: area.y[0],
              itemStyle: { color: colours.areas[area.quadrant] },
              label: { show: true, position: area.position, color: colours.text, fontSize: 13, fontWeight: 600, formatter: `${quadrantTitle(area.quadrant)}`, ...wrap },
              name: QUADRANT_LABELS[area.quadrant].slogan,
            },
            { xAxis: area.x[1], yAxis: area.y[1] },
          ]),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: colours.line, type: 'dashed', width: 1.5 },
          data: [{ xAxis: AXIS_BOUNDARY }, { yAxis: AXIS_BOUNDARY }],
        },
      },
    ],
  };
}
