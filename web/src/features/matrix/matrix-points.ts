import type { TMatrixPoint } from '@domain/assessment.contracts';

/** Needs that share one position in the matrix: drawn as one point labelled with all their numbers. */
export type TPointGroup = { feasibility: number; potential: number; needs: TMatrixPoint[] };

/** "B-12": how needs are numbered in the UI. */
export const needLabel = (point: Pick<TMatrixPoint, 'number'>) => `B-${point.number}`;

/**
 * Groups the points by position: axis values are quarters, so several needs often land on the
 * same spot, and overlapping markers would hide all but one. Needs within a group are in number order.
 */
export function groupPoints(points: readonly TMatrixPoint[]): TPointGroup[] {
  const groups = new Map<string, TPointGroup>();
  for (const point of [...points].sort((a, b) => a.number - b.number)) {
    const key = `${point.feasibility}:${point.potential}`;
    const group = groups.get(key) ?? { feasibility: point.feasibility, potential: point.potential, needs: [] };
    group.needs.push(point);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The order the arrow keys walk through the needs: best overall first (1 is best), then by number,
 * so the first press lands in "Digitalisera nu!".
 */
export function keyboardOrder(points: readonly TMatrixPoint[]): TMatrixPoint[] {
  return [...points].sort((a, b) => a.overall - b.overall || a.number - b.number);
}

/** The calendar quarters offered by the filter: this quarter and the `count - 1` before it, newest first. */
export function recentQuarters(today: Date, count = 12): { value: string; year: number; quarter: number }[] {
  const start = today.getFullYear() * 4 + Math.floor(today.getMonth() / 3);
  return Array.from({ length: count }, (_, index) => {
    const n = start - index;
    const year = Math.floor(n / 4);
    const quarter = (n % 4) + 1;
    return { value: `${year}-Q${quarter}`, year, quarter };
  });
}
