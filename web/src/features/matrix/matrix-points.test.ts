import { describe, expect, it } from 'vitest';
import type { TMatrixPoint } from '@domain/assessment.contracts';
import { groupPoints, keyboardOrder, recentQuarters } from '@web/features/matrix/matrix-points';

const point = (number: number, feasibility: number, potential: number): TMatrixPoint => ({
  needId: `00000000-0000-4000-8000-${String(number).padStart(12, '0')}`,
  number,
  title: `Behov ${number}`,
  feasibility,
  potential,
  overall: (feasibility + potential) / 2,
  quadrant: 'doNow',
  priority: '1',
  status: 'assessed',
  focusAreas: [],
  units: [],
  allUnits: false,
});

describe('the matrix points', () => {
  it('draws needs at the same position as one point listing them in number order', () => {
    const groups = groupPoints([point(7, 2, 2), point(3, 2, 2), point(5, 1.5, 3)]);
    expect(groups.map((g) => g.needs.map((n) => n.number))).toEqual([[3, 7], [5]]);
  });

  it('lets the arrow keys start with the best overall score', () => {
    expect(keyboardOrder([point(1, 3, 3), point(2, 1, 1.5), point(3, 1, 1.5)]).map((p) => p.number)).toEqual([2, 3, 1]);
  });

  it('offers this quarter and the eleven before it, across year ends', () => {
    const quarters = recentQuarters(new Date(2026, 1, 10));
    expect(quarters).toHaveLength(12);
    expect(quarters[0]!.value).toBe('2026-Q1');
    expect(quarters[1]!.value).toBe('2025-Q4');
    expect(quarters[11]!.value).toBe('2023-Q2');
  });
});
