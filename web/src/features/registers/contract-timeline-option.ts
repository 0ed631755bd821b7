import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { TContractEnding } from '@domain/systems.contracts';
import { chartDay, chartMonth } from '@web/ui/charts/chart-format';
import type { TChartColours } from '@web/ui/charts/chart-colours';

export type TContractTimelineOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The height a timeline needs: one row per contract. */
export function contractTimelineHeight(count: number): number {
  return 72 + count * 32;
}

/**
 * Contracts on a timeline: one row per system, a bar from today (or the notice date) to the notice
 * date – the time left to give notice – and from the notice date to the end of the contract. Dates
 * on the axis as Swedish months ("okt 2027"); the table beside it holds the exact dates.
 */
export function contractTimelineOption(items: readonly TContractEnding[], today: string, texts: { untilNotice: string; noticePeriod: string }, colours: TChartColours): TContractTimelineOption {
  const start = day(today);
  const offset = items.map((c) => Math.min(day(c.noticeDate), start));
  const untilNotice = items.map((c, i) => Math.max(0, day(c.noticeDate) - offset[i]!));
  const notice = items.map((c) => day(c.contractEnd) - Math.max(day(c.noticeDate), Math.min(day(c.noticeDate), start)));
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 32, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, left: 0, data: [texts.untilNotice, texts.noticePeriod], textStyle: { color: colours.text } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
        const c = items[index];
        return c ? `${c.name}<br>${texts.noticePeriod}: ${chartDay(c.noticeDate)} – ${chartDay(c.contractEnd)}` : '';
      },
    },
    xAxis: { type: 'value', min: Math.min(start, ...offset), scale: true, splitNumber: 3, axisLabel: { color: colours.text, hideOverlap: true, formatter: (value: number) => chartMonth(value) } },
    yAxis: { type: 'category', inverse: true, data: items.map((c) => c.name), axisLabel: { color: colours.text, width: 140, overflow: 'truncate' } },
    series: [
      { type: 'bar', stack: 'contract', silent: true, data: offset, itemStyle: { color: 'transparent' }, barMaxWidth: 20 },
      { type: 'bar', stack: 'contract', name: texts.untilNotice, data: untilNotice, itemStyle: { color: colours.series[0] ?? '#0062ba' }, barMaxWidth: 20 },
      { type: 'bar', stack: 'contract', name: texts.noticePeriod, data: notice, itemStyle: { color: colours.series[2] ?? '#b25000' }, barMaxWidth: 20 },
    ],
  };
}
