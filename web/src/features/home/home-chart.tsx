import { useCallback } from 'react';
import { Chart } from '@web/ui/charts/chart';
import { homeChartHeight, homeChartOption, type THomeBar } from '@web/features/home/home-chart-option';
import type { TChartColours } from '@web/ui/charts/chart-colours';

/**
 * A small bar chart on the start page (ECharts, loaded lazily). One image to screen readers named
 * by `summary`; the data table beside it carries the values and the links to the lists.
 */
export function HomeChart({ bars, seriesNames, summary, format }: { bars: readonly THomeBar[]; seriesNames: readonly string[]; summary: string; format?: (value: number) => string }) {
  const option = useCallback((colours: TChartColours) => homeChartOption(bars, seriesNames, { text: colours.text, series: colours.series.slice(0, 2) }, format), [bars, seriesNames, format]);
  return <Chart loadSetup={() => import('@web/features/home/home-echarts-setup')} option={option} summary={summary} className="home-chart" height={homeChartHeight(bars, seriesNames.length)} />;
}
