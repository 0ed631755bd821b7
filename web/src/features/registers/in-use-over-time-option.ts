import type { ComposeOption } from 'echarts/core';
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { TWelfareTechInUseOverTime } from '@domain/welfare-tech.contracts';
import { chartDay, chartNumber } from '@web/ui/charts/chart-format';
import type { TChartColours } from '@web/ui/charts/chart-colours';

export type TInUseOverTimeOption = ComposeOption<LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/**
 * "Välfärdsteknik i drift över tid": one line per technology, units in use at each inventory date.
 * The dates are categories (inventories are taken on irregular days, and each is a fact on its own
 * day), written the Swedish way; the legend wraps above the chart so a narrow screen keeps it whole.
 */
export function inUseOverTimeOption(data: TWelfareTechInUseOverTime, texts: { units: string }, colours: TChartColours): TInUseOverTimeOption {
  const palette = [...colours.series, colours.muted];
  return {
    animation: false,
    color: palette,
    legend: { type: 'plain', top: 0, left: 0, right: 0, textStyle: { color: colours.text } },
    grid: { left: 8, right: 16, top: 24 + 24 * Math.ceil(data.series.length / 2), bottom: 8, outerBoundsMode: 'same' },
    tooltip: { trigger: 'axis', valueFormatter: (value) => chartNumber(Number(value)) },
    xAxis: { type: 'category', data: data.dates.map(chartDay), axisLabel: { color: colours.text, hideOverlap: true } },
    yAxis: {
      type: 'value',
      minInterval: 1,
      name: texts.units,
      nameTextStyle: { color: colours.text, align: 'left' },
      axisLabel: { color: colours.text, hideOverlap: true, formatter: (value: number) => chartNumber(value) },
    },
    series: data.series.map((row) => ({ type: 'line', name: row.technology, data: row.counts, symbolSize: 8, lineStyle: { width: 3 } })),
  };
}
