import { describe, expect, it } from 'vitest';
import { matrixChartOption } from '@web/features/matrix/matrix-chart-option';

const texts = { xAxis: 'Genomförbarhet', yAxis: 'Nyttopotential', feasibility: 'Genomförbarhet', potential: 'Nyttopotential' };
const colours = { text: '#111', subtle: '#555', point: '#00f', line: '#999', areas: { doNow: '#efe', doLater: '#eef', doWhenOpportune: '#ffe', doNot: '#fee' } };
type TLayout = (params: { rect: { x: number }; labelRect: { x: number; width: number } }) => { x?: number; align?: string };

describe('the priority matrix on a phone', () => {
  const layoutAt = (width: number) => (matrixChartOption([], texts, colours, width).series as { labelLayout: TLayout }[])[0]!.labelLayout;

  it('puts the numbers of needs sharing a position left of the point when they would run past the right edge', () => {
    expect(layoutAt(320)({ rect: { x: 270 }, labelRect: { x: 282, width: 110 } })).toMatchObject({ x: 266, align: 'right' });
  });

  it('keeps the numbers right of the point when they fit', () => {
    expect(layoutAt(320)({ rect: { x: 100 }, labelRect: { x: 112, width: 110 } })).toEqual({ moveOverlap: 'shiftY' });
  });
});
