import { describe, expect, it } from 'vitest';
import type { TPlanItem } from '@domain/plans.contracts';
import type { PlanTiming } from '@domain/plan-timing';
import {
  ROADMAP_BAR_COLOURS,
  roadmapBar,
  roadmapChartOption,
  roadmapColumns,
  roadmapItems,
  roadmapRows,
  roadmapSeries,
  roadmapTooltip,
  type TRoadmapTexts,
} from '@web/features/plans/roadmap-chart-option';

const period = { startYear: 2026, endYear: 2028 };

const texts: TRoadmapTexts = {
  eventually: 'På sikt',
  quarter: (quarter, year) => `Kv ${quarter} ${year}`,
  noFocusArea: 'Utan fokusområde',
  horizons: { short: 'Kort sikt', medium: 'Medellång sikt', long: 'Lång sikt' },
  priorities: { '1': 'Prioritet 1', '2': 'Prioritet 2', '3': 'Prioritet 3', '4': 'Prioritet 4', none: 'Utan prioritet' },
  stage: (stage) => `Steg ${stage}`,
  fact: (name, value) => `${name}: ${value}`,
};

let counter = 0;
function item(overrides: Partial<TPlanItem> & { timing: PlanTiming }): TPlanItem {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    id,
    key: id,
    needId: null,
    needNumber: null,
    initiativeId: null,
    initiativeStage: null,
    initiativeForm: null,
    title: `Förändring ${counter}`,
    what: '',
    why: '',
    how: '',
    expectedBenefit: '',
    timingText: '',
    horizon: 'short',
    priority: null,
    prioritySuggestion: null,
    departsFromSuggestion: false,
    cost: { low: null, high: null, recurrence: 'one_off', note: '' },
    costText: '',
    staffHours: [],
    moneyByYear: [],
    focusAreaId: null,
    focusAreaName: null,
    position: counter,
    version: 1,
    ...overrides,
  };
}

const FOCUS_A = '00000000-0000-4000-8000-00000000000a';
const FOCUS_B = '00000000-0000-4000-8000-00000000000b';

describe('the roadmap of a plan', () => {
  it('has a column per year, or four per year, and "På sikt" after the period', () => {
    expect(roadmapColumns(period, 'year', texts)).toEqual(['2026', '2027', '2028', 'På sikt']);
    const quarters = roadmapColumns(period, 'quarter', texts);
    expect(quarters).toHaveLength(13);
    expect(quarters.slice(0, 5)).toEqual(['Kv 1 2026', 'Kv 2 2026', 'Kv 3 2026', 'Kv 4 2026', 'Kv 1 2027']);
    expect(quarters.at(-1)).toBe('På sikt');
  });

  it('draws a year as its column and a span of years over every year it covers', () => {
    expect(roadmapBar({ kind: 'year', year: 2027 }, period, 'year')).toEqual({ start: 1, length: 1 });
    expect(roadmapBar({ kind: 'years', fromYear: 2026, toYear: 2027 }, period, 'year')).toEqual({ start: 0, length: 2 });
    expect(roadmapBar({ kind: 'year', year: 2027 }, period, 'quarter')).toEqual({ start: 4, length: 4 });
    expect(roadmapBar({ kind: 'years', fromYear: 2027, toYear: 2028 }, period, 'quarter')).toEqual({ start: 4, length: 8 });
  });

  it('draws a quarter as its own column, or as a quarter of its year in the year view', () => {
    expect(roadmapBar({ kind: 'quarter', year: 2026, quarter: 3 }, period, 'quarter')).toEqual({ start: 2, length: 1 });
    expect(roadmapBar({ kind: 'quarter', year: 2027, quarter: 2 }, period, 'year')).toEqual({ start: 1.25, length: 0.25 });
  });

  it('draws "löpande" over the whole period and "på sikt" in the column after it', () => {
    expect(roadmapBar({ kind: 'ongoing' }, period, 'year')).toEqual({ start: 0, length: 3 });
    expect(roadmapBar({ kind: 'ongoing' }, period, 'quarter')).toEqual({ start: 0, length: 12 });
    expect(roadmapBar({ kind: 'eventually' }, period, 'year')).toEqual({ start: 3, length: 1 });
    expect(roadmapBar({ kind: 'eventually' }, period, 'quarter')).toEqual({ start: 12, length: 1 });
  });

  it('keeps a bar inside the grid when an item names a year outside the period', () => {
    expect(roadmapBar({ kind: 'years', fromYear: 2025, toYear: 2030 }, period, 'year')).toEqual({ start: 0, length: 3 });
  });

  it('groups rows by focus area by name, with items without one last, each group ordered by time', () => {
    const late = item({ title: 'Sent', timing: { kind: 'year', year: 2028 }, focusAreaId: FOCUS_B, focusAreaName: 'Välfärdsteknik' });
    const early = item({ title: 'Tidigt', timing: { kind: 'year', year: 2026 }, focusAreaId: FOCUS_B, focusAreaName: 'Välfärdsteknik' });
    const other = item({ title: 'Kompetens', timing: { kind: 'ongoing' }, focusAreaId: FOCUS_A, focusAreaName: 'Digital kompetens' });
    const loose = item({ title: 'Lös', timing: { kind: 'eventually' } });
    const rows = roadmapRows([loose, late, other, early], period, { scale: 'year', grouping: 'focusArea' }, texts);
    expect(rows.map((row) => row.label)).toEqual(['Digital kompetens', 'Kompetens', 'Välfärdsteknik', 'Tidigt', 'Sent', 'Utan fokusområde', 'Lös']);
    expect(rows.map((row) => row.kind)).toEqual(['group', 'item', 'group', 'item', 'item', 'group', 'item']);
    expect(roadmapItems(rows).map((i) => i.title)).toEqual(['Kompetens', 'Tidigt', 'Sent', 'Lös']);
  });

  it('groups rows by horizon from short to long', () => {
    const long = item({ title: 'Lång', timing: { kind: 'eventually' }, horizon: 'long' });
    const short = item({ title: 'Kort', timing: { kind: 'year', year: 2026 }, horizon: 'short' });
    const medium = item({ title: 'Mellan', timing: { kind: 'year', year: 2027 }, horizon: 'medium' });
    const rows = roadmapRows([long, short, medium], period, { scale: 'quarter', grouping: 'horizon' }, texts);
    expect(rows.map((row) => row.label)).toEqual(['Kort sikt', 'Kort', 'Medellång sikt', 'Mellan', 'Lång sikt', 'Lång']);
  });

  it('names the stage of an initiative in the row label and the tooltip', () => {
    const initiative = item({ title: 'E-hemtjänst', timing: { kind: 'year', year: 2026 }, initiativeStage: 3, timingText: '2026', priority: '2' });
    const [, row] = roadmapRows([initiative], period, { scale: 'year', grouping: 'horizon' }, texts);
    expect(row?.label).toBe('E-hemtjänst (Steg 3)');
    expect(roadmapTooltip(row!, texts)).toBe('E-hemtjänst<br>timing: 2026<br>horizon: Kort sikt<br>focusArea: Utan fokusområde<br>priority: Prioritet 2<br>stage: Steg 3');
  });

  it('colours each bar by its priority, with its own series per priority and none for items without', () => {
    const first = item({ timing: { kind: 'year', year: 2026 }, priority: '1' });
    const none = item({ timing: { kind: 'years', fromYear: 2027, toYear: 2028 } });
    const rows = roadmapRows([first, none], period, { scale: 'year', grouping: 'horizon' }, texts);
    const [offset, ...bars] = roadmapSeries(rows, texts, ROADMAP_BAR_COLOURS, '#000');
    expect(offset?.data).toEqual(['-', 0, 1]);
    const byName = Object.fromEntries(bars.map((series) => [series.name, series]));
    expect(byName['Prioritet 1']?.data).toEqual(['-', 1, '-']);
    expect(byName['Prioritet 1']?.itemStyle.color).toBe(ROADMAP_BAR_COLOURS['1']);
    expect(byName['Utan prioritet']?.data).toEqual(['-', '-', 2]);
    expect(byName['Prioritet 2']?.data).toEqual(['-', '-', '-']);
  });

  it('escapes titles in the tooltip, which ECharts renders as HTML', () => {
    const row = roadmapRows([item({ title: '<b>Larm</b>', timing: { kind: 'ongoing' } })], period, { scale: 'year', grouping: 'horizon' }, texts)[1]!;
    expect(roadmapTooltip(row, texts)).toMatch(/^&#60;b&#62;Larm&#60;\/b&#62;<br>/);
  });

  it('spans the hidden value axis over exactly the columns, so bars line up with the headings', () => {
    const rows = roadmapRows([item({ timing: { kind: 'ongoing' } })], period, { scale: 'quarter', grouping: 'horizon' }, texts);
    const columns = roadmapColumns(period, 'quarter', texts);
    const option = roadmapChartOption(rows, columns, texts, { bars: ROADMAP_BAR_COLOURS, text: '#000', grid: '#ccc', groupText: '#000' });
    expect(option.xAxis[1]).toMatchObject({ min: 0, max: 13 });
    expect(option.yAxis.data).toEqual(rows.map((row) => row.key));
    expect(option.yAxis.axisLabel.formatter(rows[0]!.key)).toBe('{group|Kort sikt}');
  });
});
