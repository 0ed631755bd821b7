import type { ComposeOption } from 'echarts/core';
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { TBenefit, TMeasurement } from '@domain/benefits.contracts';
import { chartDay, chartNumber } from '@web/ui/charts/chart-format';
import { niceExtent } from '@web/ui/charts/nice-extent';
import type { TChartColours } from '@web/ui/charts/chart-colours';

type TTexts = { value: string; baseline: string; target: string };
export type TBenefitChartOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption>;

/**
 * A benefit's measurements over time (its baseline first) with the target drawn as a dashed line
 * across the chart and, when it has a date, as a point on that date. The value axis always
 * includes the target and the baseline (round bounds), the time axis runs to the target date;
 * numbers and months are Swedish and tick labels that would overlap are left out.
 */
export function benefitChartOption(benefit: TBenefit, measurements: readonly TMeasurement[], texts: TTexts, colours: Pick<TChartColours, 'text' | 'target'> & { line: string }): TBenefitChartOption {
  const points: [string, number][] = measurements.filter((m) => m.value !== null).map((m) => [m.measuredOn, Number(m.value)]);
  points.sort((a, b) => a[0].localeCompare(b[0]));
  if (benefit.baselineDate && benefit.baselineValue !== null) points.unshift([benefit.baselineDate, Number(benefit.baselineValue)]);
  const target = benefit.targetValue === null ? null : Number(benefit.targetValue);
  const extent = niceExtent([...points.map((p) => p[1]), ...(target === null ? [] : [target])]);
  const dates = [...points.map((p) => p[0]), ...(benefit.targetDate ? [benefit.targetDate] : [])].sort();
  const targetPoint: [string, number][] = benefit.targetDate && target !== null ? [[benefit.targetDate, target]] : [];
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 32, bottom: 8, outerBoundsMode: 'same' },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0]?.value as [string, number] | undefined;
        if (!first) return '';
        return [chartDay(first[0]), ...list.map((p) => `${p.seriesName}: ${chartNumber((p.value as [string, number])[1])}`)].join('<br>');
      },
    },
    xAxis: {
      type: 'time',
      min: dates[0],
      max: dates[dates.length - 1],
      splitNumber: 4,
      axisLabel: { color: colours.text, hideOverlap: true, formatter: { year: '{yyyy}', month: '{MMM}', day: '{d} {MMM}' } },
    },
    yAxis: {
      type: 'value',
      min: extent.min,
      max: extent.max,
      splitNumber: 4,
      name: texts.value,
      nameTextStyle: { color: colours.text, align: 'left' },
      axisLabel: { color: colours.text, hideOverlap: true, formatter: (value: number) => chartNumber(value) },
    },
    series: [
      {
        type: 'line',
        name: texts.value,
        data: points,
        lineStyle: { color: colours.line, width: 3 },
        itemStyle: { color: colours.line },
        symbolSize: 10,
        markLine:
          target === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                label: { position: 'insideEndTop', color: colours.text, formatter: `${texts.target}: ${chartNumber(target)}` },
                lineStyle: { color: colours.target, type: 'dashed', width: 2 },
                data: [{ yAxis: target, name: texts.target }],
              },
      },
      ...(targetPoint.length > 0
        ? [{ type: 'line' as const, name: texts.target, data: targetPoint, symbol: 'diamond', symbolSize: 14, itemStyle: { color: colours.target }, lineStyle: { opacity: 0 } }]
        : []),
    ],
  };
}

/** Colours from the design system's CSS variables, so the chart follows the theme. */
export function benefitChartColours(colours: TChartColours) {
  return { line: colours.series[0] ?? '#0062ba', target: colours.target, text: colours.text };
}
