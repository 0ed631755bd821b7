import type { TPlanItem } from '@domain/plans.contracts';
import { HORIZONS, timingSortKey, type Horizon, type PlanPeriod, type PlanTiming } from '@domain/plan-timing';
import { PLAN_PRIORITIES } from '@domain/plan-priority';

/** The roadmap's columns: one per year, or four per year. */
export type TRoadmapScale = 'year' | 'quarter';
/** What a block of rows shares: the item's focus area or its horizon (sikt). */
export type TRoadmapGrouping = 'focusArea' | 'horizon';
/** A bar's colour: the item's priority, or `none` when it has none yet. */
export const ROADMAP_COLOUR_KEYS = [...PLAN_PRIORITIES, 'none'] as const;
export type TRoadmapColourKey = (typeof ROADMAP_COLOUR_KEYS)[number];

/** The texts the roadmap needs from the UI language. */
export type TRoadmapTexts = {
  eventually: string;
  quarter: (quarter: number, year: number) => string;
  noFocusArea: string;
  horizons: Record<Horizon, string>;
  priorities: Record<TRoadmapColourKey, string>;
  stage: (stage: number) => string;
  /** One line per fact in the tooltip: "När: 2027". */
  fact: (name: 'timing' | 'horizon' | 'focusArea' | 'priority' | 'stage', value: string) => string;
};

/** Where a bar starts and how long it is, in columns (a quarter of a year-column is 0.25). */
export type TRoadmapBar = { start: number; length: number };

/** One row of the chart: a group's heading, or an item with its bar. */
export type TRoadmapRow =
  | { kind: 'group'; key: string; label: string }
  | { kind: 'item'; key: string; label: string; item: TPlanItem; bar: TRoadmapBar; colour: TRoadmapColourKey };

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

/** The column headings: the plan's years (or quarters) and, last, "På sikt". */
export function roadmapColumns(period: PlanPeriod, scale: TRoadmapScale, texts: Pick<TRoadmapTexts, 'eventually' | 'quarter'>): string[] {
  const years = Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i);
  const columns = scale === 'year' ? years.map(String) : years.flatMap((year) => [1, 2, 3, 4].map((quarter) => texts.quarter(quarter, year)));
  return [...columns, texts.eventually];
}

/**
 * The bar of a timing in columns of `scale`. "Löpande" covers the whole period and "på sikt" the
 * column after it; a quarter in the year view is a quarter of its year's column, and a year in the
 * quarter view its four quarters. Years outside the period are clamped so a bar never leaves the grid.
 */
export function roadmapBar(timing: PlanTiming, period: PlanPeriod, scale: TRoadmapScale): TRoadmapBar {
  const perYear = scale === 'year' ? 1 : 4;
  const yearCount = period.endYear - period.startYear + 1;
  const clampYear = (year: number) => Math.min(Math.max(year, period.startYear), period.endYear) - period.startYear;
  switch (timing.kind) {
    case 'year':
      return { start: clampYear(timing.year) * perYear, length: perYear };
    case 'years': {
      const from = clampYear(Math.min(timing.fromYear, timing.toYear));
      const to = clampYear(Math.max(timing.fromYear, timing.toYear));
      return { start: from * perYear, length: (to - from + 1) * perYear };
    }
    case 'quarter':
      return scale === 'year' ? { start: clampYear(timing.year) + (timing.quarter - 1) / 4, length: 0.25 } : { start: clampYear(timing.year) * 4 + timing.quarter - 1, length: 1 };
    case 'ongoing':
      return { start: 0, length: yearCount * perYear };
    case 'eventually':
      return { start: yearCount * perYear, length: 1 };
  }
}

/** The item's label in the chart: its title and, for an initiative, the stage it is in. */
function itemLabel(item: TPlanItem, texts: Pick<TRoadmapTexts, 'stage'>): string {
  return item.initiativeStage === null ? item.title : `${item.title} (${texts.stage(item.initiativeStage)})`;
}

type TGroup = { key: string; label: string; order: number; items: TPlanItem[] };

/** The group an item belongs to, with a key that sorts groups the way the reader expects. */
function groupOf(item: TPlanItem, grouping: TRoadmapGrouping, texts: Pick<TRoadmapTexts, 'noFocusArea' | 'horizons'>): Omit<TGroup, 'items'> {
  switch (grouping) {
    case 'focusArea':
      return item.focusAreaId === null ? { key: 'focus:none', label: texts.noFocusArea, order: 1 } : { key: `focus:${item.focusAreaId}`, label: item.focusAreaName ?? texts.noFocusArea, order: 0 };
    case 'horizon':
      return { key: `horizon:${item.horizon}`, label: texts.horizons[item.horizon], order: HORIZONS.indexOf(item.horizon) };
  }
}

/**
 * The plan's items as the roadmap's rows: a heading per group (focus areas by name with "utan
 * fokusområde" last, or kort–medellång–lång sikt), then its items by time (as the plan's table
 * orders them) with their bars and priority colours. The table beside the chart lists the same
 * items in the same order.
 */
export function roadmapRows(items: readonly TPlanItem[], period: PlanPeriod, view: { scale: TRoadmapScale; grouping: TRoadmapGrouping }, texts: TRoadmapTexts): TRoadmapRow[] {
  const groups = new Map<string, TGroup>();
  for (const item of items) {
    const group = groupOf(item, view.grouping, texts);
    const existing = groups.get(group.key) ?? { ...group, items: [] };
    existing.items.push(item);
    groups.set(group.key, existing);
  }
  const ordered = [...groups.values()].sort((a, b) => a.order - b.order || collator.compare(a.label, b.label));
  return ordered.flatMap((group) => [
    { kind: 'group' as const, key: group.key, label: group.label },
    ...[...group.items]
      .sort((a, b) => timingSortKey(a.timing) - timingSortKey(b.timing) || a.position - b.position)
      .map((item) => ({ kind: 'item' as const, key: item.id, label: itemLabel(item, texts), item, bar: roadmapBar(item.timing, period, view.scale), colour: item.priority ?? ('none' as const) })),
  ]);
}

/** The items of the rows, in chart order (what the table beside the chart lists). */
export function roadmapItems(rows: readonly TRoadmapRow[]): TPlanItem[] {
  return rows.flatMap((row) => (row.kind === 'item' ? [row.item] : []));
}

/**
 * The bar series: an invisible offset series carries each bar to its start, and one stacked series
 * per priority (the legend) draws the length. A row has a value only in its own priority's series.
 */
export function roadmapSeries(rows: readonly TRoadmapRow[], texts: Pick<TRoadmapTexts, 'priorities'>, colours: Record<TRoadmapColourKey, string>, textColour: string) {
  const offset = {
    type: 'bar' as const,
    name: 'offset',
    stack: 'roadmap',
    silent: true,
    xAxisIndex: 1,
    itemStyle: { color: 'transparent' },
    tooltip: { show: false },
    data: rows.map((row) => (row.kind === 'item' ? row.bar.start : '-')),
  };
  const bars = ROADMAP_COLOUR_KEYS.map((key) => ({
    type: 'bar' as const,
    name: texts.priorities[key],
    stack: 'roadmap',
    xAxisIndex: 1,
    barWidth: 18,
    itemStyle: { color: colours[key], borderColor: textColour, borderWidth: key === 'none' ? 1 : 0 },
    // The priority is written on the bar as well, so it is not told by colour alone.
    label: { show: true, position: 'insideLeft' as const, color: key === 'none' ? textColour : '#ffffff', formatter: key === 'none' ? '–' : key, fontSize: 12 },
    data: rows.map((row) => (row.kind === 'item' && row.colour === key ? row.bar.length : '-')),
  }));
  return [offset, ...bars];
}

/** The tooltip of one row: the item's title and every fact the table shows. */
export function roadmapTooltip(row: TRoadmapRow, texts: TRoadmapTexts): string {
  if (row.kind === 'group') return row.label;
  const { item } = row;
  const facts = [
    texts.fact('timing', item.timingText),
    texts.fact('horizon', texts.horizons[item.horizon]),
    texts.fact('focusArea', item.focusAreaName ?? texts.noFocusArea),
    texts.fact('priority', texts.priorities[row.colour]),
    ...(item.initiativeStage === null ? [] : [texts.fact('stage', texts.stage(item.initiativeStage))]),
  ];
  return [item.title, ...facts].map(escapeHtml).join('<br>');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The height the chart needs for its rows, so every label has room. */
export function roadmapChartHeight(rows: readonly TRoadmapRow[]): number {
  return rows.length * 30 + 90;
}

export type TRoadmapColours = { bars: Record<TRoadmapColourKey, string>; text: string; grid: string; groupText: string };

/**
 * The ECharts option: a hidden value axis (0 … columns) carries the bars, a category axis with the
 * same width names the columns, and the rows are a category axis from top to bottom with group
 * headings in bold.
 */
export function roadmapChartOption(rows: readonly TRoadmapRow[], columns: readonly string[], texts: TRoadmapTexts, colours: TRoadmapColours) {
  const rowByKey = new Map(rows.map((row) => [row.key, row]));
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 8, right: 16, top: 48, bottom: 16, containLabel: true },
    legend: { top: 0, left: 0, selectedMode: false, textStyle: { color: colours.text, fontSize: 14 }, data: ROADMAP_COLOUR_KEYS.map((key) => texts.priorities[key]) },
    tooltip: {
      trigger: 'axis' as const,
      axisPointer: { type: 'shadow' as const },
      formatter: (params: { dataIndex: number }[]) => {
        const row = rows[params[0]?.dataIndex ?? -1];
        return row ? roadmapTooltip(row, texts) : '';
      },
    },
    xAxis: [
      {
        type: 'category' as const,
        position: 'top' as const,
        data: [...columns],
        boundaryGap: true,
        axisLabel: { color: colours.text, fontSize: 13, interval: 0, hideOverlap: true },
        axisTick: { show: false },
        splitLine: { show: true, lineStyle: { color: colours.grid } },
        axisLine: { lineStyle: { color: colours.grid } },
      },
      { type: 'value' as const, min: 0, max: columns.length, show: false },
    ],
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: rows.map((row) => row.key),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: colours.grid } },
      axisLabel: {
        color: colours.text,
        fontSize: 13,
        width: 200,
        overflow: 'truncate' as const,
        interval: 0,
        formatter: (key: string) => {
          const row = rowByKey.get(key);
          if (!row) return '';
          return row.kind === 'group' ? `{group|${row.label}}` : row.label;
        },
        rich: { group: { fontWeight: 'bold' as const, color: colours.groupText } },
      },
    },
    series: roadmapSeries(rows, texts, colours.bars, colours.text),
  };
}

/**
 * The bar colours: dark enough for white digits on them (≥ 4.5:1) and for the bars against the
 * white page (≥ 3:1); "no priority" is a light bar with an outline and a dark dash.
 */
export const ROADMAP_BAR_COLOURS: Record<TRoadmapColourKey, string> = {
  '1': '#8b1a1a',
  '2': '#9a4a00',
  '3': '#0b5a8a',
  '4': '#3d5a1e',
  none: '#e6e6e6',
};

/** Text and grid colours from the design tokens, so the chart follows the theme. */
export function roadmapColours(element: HTMLElement): TRoadmapColours {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    bars: ROADMAP_BAR_COLOURS,
    text: token('--ds-color-neutral-text-default', '#1e2b3c'),
    groupText: token('--ds-color-neutral-text-default', '#1e2b3c'),
    grid: token('--ds-color-neutral-border-subtle', '#c4c9d0'),
  };
}
