import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { chartNumber } from '@web/ui/charts/chart-format';

export type THomeChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;

/** One bar group: its label and one value per series (counts, or kronor). */
export type THomeBar = { label: string; values: readonly number[] };
export type THomeChartColours = { text: string; series: readonly string[] };

/** Swedish numbers on the axis: `1 234 567` kr shortened to `1,2 mn` above a million. */
export function axisNumber(value: number): string {
  return chartNumber(value, 0);
}

/** The height the chart needs for its bars, so labels never crowd each other. */
export function homeChartHeight(bars: readonly THomeBar[], seriesCount: number): number {
  return 48 + bars.length * Math.max(28, 18 * seriesCount) + (seriesCount > 1 ? 28 : 0);
}

/**
 * Horizontal bars (labels on the left, read like a list, so long Swedish labels never overlap at
 * 320 px), values with Swedish number formats, the axis hiding ticks that would overlap, and the
 * grid kept clear of the canvas edges so no label is clipped.
 */
export function homeChartOption(bars: readonly THomeBar[], seriesNames: readonly string[], colours: THomeChartColours, format: (value: number) => string = axisNumber): THomeChartOption {
  return {
    animation: false,
    // ECharts 6's way of keeping the axis labels inside the chart (containLabel is deprecated and
    // only estimates from sample labels): the grid shrinks until every label fits, so none is cut
    // off at 320 px.
    grid: { left: 8, right: 24, top: seriesNames.length > 1 ? 32 : 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: seriesNames.length > 1 ? { top: 0, left: 0, textStyle: { color: colours.text } } : undefined,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => format(Number(value)) },
    xAxis: { type: 'value', minInterval: 1, splitNumber: 3, axisLabel: { color: colours.text, formatter: (value: number) => format(value), hideOverlap: true } },
    yAxis: { type: 'category', inverse: true, data: bars.map((bar) => bar.label), axisLabel: { color: colours.text, width: 150, overflow: 'break' } },
    series: seriesNames.map((name, index) => ({
      type: 'bar',
      name,
      data: bars.map((bar) => bar.values[index] ?? 0),
      itemStyle: { color: colours.series[index % colours.series.length] },
      barMaxWidth: 22,
    })),
  };
}
