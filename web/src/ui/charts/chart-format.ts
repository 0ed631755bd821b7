import { formatNumber } from '@web/ui/format';

/**
 * Numbers the Swedish way for chart axes, labels and tooltips (ECharts itself writes `1,234.5`):
 * `1 234,5`, and above a million `1,2 mn` so axis labels stay short.
 */
export function chartNumber(value: number, fractionDigits?: number): string {
  if (Math.abs(value) >= 1_000_000) return `${formatNumber(value / 1_000_000, 1)} mn`;
  return formatNumber(value, fractionDigits);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** `2026-03-15` (or a time in ms) → `mar 2026`: a month on a time axis or in a tooltip. */
export function chartMonth(value: string | number): string {
  const date = typeof value === 'number' ? new Date(value) : new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `2026-03-15` (or a time in ms, read as UTC) → `15 mar 2026` for tooltips on a time axis. */
export function chartDay(value: string | number): string {
  const date = typeof value === 'number' ? new Date(value) : new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
