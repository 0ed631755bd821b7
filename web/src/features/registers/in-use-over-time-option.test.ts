import { describe, expect, it } from 'vitest';
import { inUseOverTimeOption } from '@web/features/registers/in-use-over-time-option';

const colours = { text: '#111', muted: '#555', series: ['#00f', '#0f0', '#f80'], target: '#0f0' };
const data = { dates: ['2025-01-31', '2026-01-31'], series: [{ technology: 'Läkemedelsrobot', counts: [0, 15] }, { technology: 'Trygghetslarm', counts: [350, 1420] }] };

describe('the chart of welfare technology in use over time', () => {
  it('draws a line per technology over the inventory dates written the Swedish way', () => {
    const option = inUseOverTimeOption(data, { units: 'Enheter i drift' }, colours);
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['31 jan 2025', '31 jan 2026'] });
    expect(option.series).toEqual([
      expect.objectContaining({ type: 'line', name: 'Läkemedelsrobot', data: [0, 15] }),
      expect.objectContaining({ type: 'line', name: 'Trygghetslarm', data: [350, 1420] }),
    ]);
  });

  it('writes unit counts on the axis and in the tooltip with Swedish thousands', () => {
    const option = inUseOverTimeOption(data, { units: 'Enheter i drift' }, colours);
    const axis = option.yAxis as { axisLabel: { formatter: (value: number) => string } };
    expect(axis.axisLabel.formatter(1420)).toBe('1\u00a0420');
    const tooltip = option.tooltip as { valueFormatter: (value: number) => string };
    expect(tooltip.valueFormatter(1420)).toBe('1\u00a0420');
  });
});
