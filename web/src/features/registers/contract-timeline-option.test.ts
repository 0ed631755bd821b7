import { describe, expect, it } from 'vitest';
import { contractTimelineOption } from '@web/features/registers/contract-timeline-option';
import { renderChartSvg, svgTexts } from '@web/ui/charts/render-chart-svg';

const colours = { text: '#111', muted: '#444', series: ['#0062ba', '#068718', '#b25000'], target: '#068718' };
const contract = (name: string, noticeDate: string, contractEnd: string) => ({ id: name, name, supplier: 'Leverantör AB', contractEnd, noticeMonths: 3, noticeDate });

describe('contracts on a timeline', () => {
  it('draws each contract from today to its end with Swedish months on the axis', () => {
    const option = contractTimelineOption([contract('Journalsystem', '2027-03-31', '2027-06-30'), contract('Larmplattform', '2027-09-30', '2027-12-31')], '2026-12-05', { untilNotice: 'Tid kvar att säga upp', noticePeriod: 'Uppsägningstid' }, colours);
    const labels = svgTexts(renderChartSvg(option, { width: 320, height: 200 }));
    expect(labels).toEqual(expect.arrayContaining(['Journalsystem', 'Larmplattform', 'Uppsägningstid']));
    expect(labels.some((label) => /^(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec) 20\d\d$/.test(label))).toBe(true);
    const series = option.series as { data: number[] }[];
    const start = Date.parse('2026-12-05T00:00:00Z');
    expect(series[0]!.data[0]! + series[1]!.data[0]! + series[2]!.data[0]!).toBe(Date.parse('2027-06-30T00:00:00Z'));
    expect(series[0]!.data[0]).toBe(start);
  });
});
