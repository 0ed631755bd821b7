import type { TBenefit, TMeasurement } from '@domain/benefits.contracts';

type TTexts = { value: string; baseline: string; target: string };

/** The chart of a benefit's measurements over time with its baseline and target as lines. */
export function benefitChartOption(benefit: TBenefit, measurements: readonly TMeasurement[], texts: TTexts, colours: { line: string; target: string; text: string }) {
  const points = measurements.filter((m) => m.value !== null).map((m) => [m.measuredOn, Number(m.value)]);
  if (benefit.baselineDate && benefit.baselineValue !== null) points.unshift([benefit.baselineDate, Number(benefit.baselineValue)]);
  const marks = [
    ...(benefit.targetValue !== null ? [{ yAxis: Number(benefit.targetValue), name: texts.target, lineStyle: { color: colours.target, type: 'dashed' as const } }] : []),
  ];
  return {
    animation: false,
    grid: { left: 64, right: 96, top: 24, bottom: 48 },
    tooltip: { trigger: 'axis' as const },
    xAxis: { type: 'time' as const, axisLabel: { color: colours.text } },
    yAxis: { type: 'value' as const, scale: true, name: texts.value, axisLabel: { color: colours.text } },
    series: [
      {
        type: 'line' as const,
        name: texts.value,
        data: points,
        lineStyle: { color: colours.line, width: 3 },
        itemStyle: { color: colours.line },
        symbolSize: 10,
        markLine: { symbol: 'none', label: { formatter: '{b}: {c}', color: colours.text }, data: marks },
      },
    ],
  };
}

/** Colours from the design system's CSS variables, so the chart follows the theme. */
export function chartColours(element: HTMLElement) {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return { line: read('--ds-color-accent-base-default', '#0062ba'), target: read('--ds-color-success-base-default', '#068718'), text: read('--ds-color-neutral-text-default', '#1e2b3c') };
}
