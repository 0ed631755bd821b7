import { AXES, CRITERIA, LEVELS, PRIORITY_LABELS, QUADRANT_LABELS, type Axis, type Criterion, type Level, type Priority, type Quadrant } from '@domain/assessment';

/** Scores are exact quarters and eighths (1,875): up to three decimals, so nothing is rounded away. */
const scoreFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 3 });

/** The criteria grouped under their axis, in the model's order (Genomförbarhet first). */
export const CRITERIA_BY_AXIS: readonly { axis: Axis; criteria: readonly Criterion[] }[] = AXES.map((axis) => ({
  axis,
  criteria: CRITERIA.filter((criterion) => criterion.axis === axis),
}));

/** A score or mean the Swedish way: `2,25`, `1,875`, `3` (means arrive rounded to two decimals). */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : scoreFormat.format(value);
}

/** "Prioritet 1 – Digitalisera nu!": the priority and the seed's slogan of a quadrant. */
export function quadrantTitle(quadrant: Quadrant): string {
  const label = QUADRANT_LABELS[quadrant];
  return `${PRIORITY_LABELS[label.priority]} – ${label.slogan}`;
}

/** "Prioritet 2–3". */
export function priorityLabel(priority: Priority): string {
  return PRIORITY_LABELS[priority];
}

/**
 * The level to suggest as the agreed score for a mean of raters' scores: the nearest level, with
 * an exact half resolved towards the better level — the same tie rule as the matrix boundary
 * (a borderline need is discussed in its more favourable light, see AXIS_BOUNDARY).
 */
export function suggestedLevel(mean: number): Level {
  const rounded = Math.ceil(mean - 0.5);
  return LEVELS.find((level) => level === rounded) ?? (rounded < 1 ? 1 : 4);
}
