import type { ComposeOption } from 'echarts/core';
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { TCalculation } from '@domain/cost-benefit.contracts';
import { chartNumber } from '@web/ui/charts/chart-format';
import type { TChartColours } from '@web/ui/charts/chart-colours';

export type TCalculationChartOption = ComposeOption<LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkLineComponentOption>;
type TTexts = { low: string; high: string; payback: string; kronor: string };

/** Öre (exact, as text) to kronor for drawing; the tables keep the exact amounts. */
const kronor = (ore: string) => Number(BigInt(ore)) / 100;

/** One row per year: the cumulative net of both scenarios, in kronor. */
export function cumulativeRows(calc: TCalculation) {
  return calc.result.low.years.map((year, index) => ({ year: year.year, low: year.cumulativeNet, high: calc.result.high.years[index]?.cumulativeNet ?? year.cumulativeNet }));
}

/**
 * The nyttokalkyl's cumulative net per year for the low and high scenario, with zero drawn and the
 * payback year of each scenario marked by a vertical line ("Återbetalning 2028"); Swedish numbers.
 */
export function calculationChartOption(calc: TCalculation, texts: TTexts, colours: TChartColours): TCalculationChartOption {
  const rows = cumulativeRows(calc);
  const scenarios = [
    { name: texts.low, values: rows.map((row) => kronor(row.low)), payback: calc.result.low.paybackYear, colour: colours.series[0] ?? '#0062ba' },
    { name: texts.high, values: rows.map((row) => kronor(row.high)), payback: calc.result.high.paybackYear, colour: colours.series[1] ?? '#068718' },
  ];
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, left: 0, textStyle: { color: colours.text } },
    tooltip: { trigger: 'axis', valueFormatter: (value) => `${chartNumber(Number(value), 0)} kr` },
    xAxis: { type: 'category', data: rows.map((row) => String(row.year)), axisLabel: { color: colours.text, hideOverlap: true } },
    yAxis: { type: 'value', name: texts.kronor, nameTextStyle: { color: colours.text, align: 'left' }, splitNumber: 4, axisLabel: { color: colours.text, hideOverlap: true, formatter: (value: number) => chartNumber(value, 0) } },
    series: scenarios.map((scenario, index) => ({
      type: 'line',
      name: scenario.name,
      data: scenario.values,
      symbolSize: 8,
      lineStyle: { color: scenario.colour, width: 3, type: index === 0 ? 'solid' : 'dashed' },
      itemStyle: { color: scenario.colour },
      markLine: {
        symbol: 'none',
        silent: true,
        lineStyle: { color: colours.text, type: 'dotted' },
        label: { color: colours.text, position: index === 0 ? 'insideEndTop' : 'insideEndBottom' },
        data: [
          ...(index === 0 ? [{ yAxis: 0, label: { show: false } }] : []),
          // The same payback year in both scenarios is marked once.
          ...(scenario.payback === null || (index === 1 && scenario.payback === scenarios[0]!.payback) ? [] : [{ xAxis: String(scenario.payback), lineStyle: { color: scenario.colour, type: 'dashed' as const }, label: { formatter: `${texts.payback} ${scenario.payback}` } }]),
        ],
      },
    })),
  };
}
