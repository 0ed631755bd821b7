import type { EChartsCoreOption } from 'echarts/core';
import type { GovernanceEntryKind, TGovernanceEntry } from '@domain/governance-year.contracts';

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** The i18n key of a month (1–12): `governanceYear.months.<key>` and `governanceYear.shortMonths.<key>`. */
const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
export const monthKey = (month: number): (typeof MONTH_KEYS)[number] => MONTH_KEYS[(month - 1 + 12) % 12]!;

/**
 * One colour per kind of entry, each at least 3:1 against white (WCAG 1.4.11) and told apart by
 * hue; the legend beside the wheel names them, and the list per month says the kind in words.
 */
export const KIND_COLOURS: Record<GovernanceEntryKind, string> = {
  quarterly_compilation: '#0062ba',
  board_report: '#b25000',
  plan_fix: '#068718',
  maturity_assessment: '#6b3fa0',
  other: '#4e5b6c',
  benefit_measurement: '#00756b',
  contract_end: '#c30000',
  contract_notice: '#8a5a00',
  classification_review: '#a0227a',
  plan_fixed: '#2d5a27',
  meeting: '#1f3f73',
};

/** The wheel's texts in the UI language. */
export type TWheelTexts = {
  year: number;
  shortMonth: (month: number) => string;
  month: (month: number) => string;
  kind: (kind: GovernanceEntryKind) => string;
  /** "15 okt" for a date of the year. */
  day: (isoDate: string) => string;
  count: (count: number) => string;
};

export type TWheelColours = { text: string; ring: readonly [string, string]; current: string; currentText: string };

/** The entries of each month, in date order (undated last, then by title), months 1–12. */
export function entriesByMonth(entries: readonly TGovernanceEntry[]): Map<number, TGovernanceEntry[]> {
  const months = new Map<number, TGovernanceEntry[]>(MONTHS.map((month) => [month, []]));
  for (const entry of entries) months.get(entry.month)?.push(entry);
  for (const list of months.values()) list.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title, 'sv'));
  return months;
}

/** The kinds the year holds, in the legend's order. */
export function kindsIn(entries: readonly TGovernanceEntry[]): GovernanceEntryKind[] {
  const present = new Set(entries.map((entry) => entry.kind));
  return (Object.keys(KIND_COLOURS) as GovernanceEntryKind[]).filter((kind) => present.has(kind));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A sector of the outer ring: one entry, or an empty month kept so the months stay aligned. */
type TSector = { name: string; value: number; itemStyle: { color: string }; entry?: TGovernanceEntry; tooltip?: { show: boolean } };

/**
 * The outer ring: each month takes a twelfth of the circle, shared equally by its entries, so an
 * entry sits in its own month's sector whatever the others hold. Empty months are transparent.
 */
export function wheelSectors(entries: readonly TGovernanceEntry[]): TSector[] {
  return [...entriesByMonth(entries).entries()].flatMap(([month, list]): TSector[] =>
    list.length === 0
      ? [{ name: `empty-${month}`, value: 1, itemStyle: { color: 'transparent' }, tooltip: { show: false } }]
      : list.map((entry) => ({ name: entry.key, value: 1 / list.length, itemStyle: { color: KIND_COLOURS[entry.kind] }, entry })),
  );
}

/** The tooltip of a sector: what, kind, and the day (HTML, user text escaped). */
export function wheelTooltip(entry: TGovernanceEntry, texts: TWheelTexts): string {
  const when = entry.date ? texts.day(entry.date) : texts.month(entry.month);
  return `<strong>${escapeHtml(entry.title)}</strong><br/>${escapeHtml(texts.kind(entry.kind))} · ${escapeHtml(when)}`;
}

/**
 * The årshjul as ECharts draws it: January at the top, clockwise; an inner ring of the twelve
 * months (the current one marked) and an outer ring with every entry in its month, coloured by kind;
 * the year in the middle.
 */
export function wheelChartOption(entries: readonly TGovernanceEntry[], texts: TWheelTexts, colours: TWheelColours, currentMonth: number | null): EChartsCoreOption {
  const byMonth = entriesByMonth(entries);
  return {
    animation: false,
    title: { text: String(texts.year), left: 'center', top: 'middle', textStyle: { color: colours.text, fontSize: 20, fontWeight: 'bold' } },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { data?: { entry?: TGovernanceEntry; month?: number } }) => {
        if (params.data?.entry) return wheelTooltip(params.data.entry, texts);
        if (params.data?.month) return `${escapeHtml(texts.month(params.data.month))}: ${escapeHtml(texts.count(byMonth.get(params.data.month)?.length ?? 0))}`;
        return '';
      },
    },
    series: [
      {
        type: 'pie',
        name: 'months',
        radius: ['24%', '52%'],
        startAngle: 90,
        clockwise: true,
        label: { position: 'inside', fontSize: 12, color: colours.text },
        labelLine: { show: false },
        emphasis: { scale: false },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        data: MONTHS.map((month) => ({
          name: texts.shortMonth(month),
          value: 1,
          month,
          itemStyle: { color: month === currentMonth ? colours.current : colours.ring[month % 2] },
          label: month === currentMonth ? { color: colours.currentText, fontWeight: 'bold' } : undefined,
        })),
      },
      {
        type: 'pie',
        name: 'entries',
        radius: ['55%', '88%'],
        startAngle: 90,
        clockwise: true,
        label: { show: false },
        labelLine: { show: false },
        emphasis: { scale: true, scaleSize: 4 },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        data: wheelSectors(entries),
      },
    ],
  };
}

/** The wheel's colours from the design system's tokens (with fallbacks). */
export function wheelColours(element: Element): TWheelColours {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: token('--ds-color-neutral-text-default', '#1e2b3c'),
    ring: [token('--ds-color-neutral-surface-tinted', '#eef1f5'), token('--ds-color-neutral-surface-hover', '#e1e6ec')],
    current: token('--ds-color-accent-base-default', '#0062ba'),
    currentText: token('--ds-color-accent-base-contrast-default', '#ffffff'),
  };
}
