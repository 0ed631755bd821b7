import { describe, expect, it } from 'vitest';
import { init, use } from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { GovernanceEntryKind, TGovernanceEntry } from '@domain/governance-year.contracts';
import { CHART_LOCALE } from '@web/ui/charts/echarts-swedish';
import { entriesByMonth, KIND_COLOURS, kindsIn, wheelChartOption, wheelSectors, wheelTooltip, type TWheelTexts } from '@web/features/governance-year/wheel-chart-option';

const SHORT = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const LONG = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const texts: TWheelTexts = {
  year: 2026,
  shortMonth: (month) => SHORT[month - 1]!,
  month: (month) => LONG[month - 1]!,
  kind: (kind) => kind,
  day: (date) => `${Number(date.slice(8, 10))} ${SHORT[Number(date.slice(5, 7)) - 1]}`,
  count: (count) => `${count} händelser`,
};
const colours = { text: '#1e2b3c', ring: ['#eeeeee', '#dddddd'] as const, current: '#0062ba', currentText: '#ffffff' };

function entry(title: string, month: number, kind: GovernanceEntryKind = 'board_report', date: string | null = null): TGovernanceEntry {
  return { key: `${kind}:${title}:${month}`, kind, source: 'recurring', title, month, date, responsibleRole: null, responsibleName: null, subject: null };
}

/** Where each sector starts and ends, in twelfths of the circle from January's start. */
function spans(sectors: ReturnType<typeof wheelSectors>) {
  let at = 0;
  return sectors.map((sector) => {
    const span = { name: sector.name, from: at, to: at + sector.value };
    at += sector.value;
    return span;
  });
}

describe('the årshjul as a wheel', () => {
  it('places a report to the board in October inside October’s twelfth, whatever the other months hold', () => {
    const entries = [entry('Rapport till nämnden', 10), entry('Kvartalssammanställning', 3, 'quarterly_compilation'), entry('Mätning A', 3, 'benefit_measurement', '2026-03-02'), entry('Mätning B', 3, 'benefit_measurement', '2026-03-30')];
    const report = spans(wheelSectors(entries)).find((span) => span.name === entries[0]!.key)!;
    expect(report.from).toBeCloseTo(9);
    expect(report.to).toBeCloseTo(10);
    const total = wheelSectors(entries).reduce((sum, sector) => sum + sector.value, 0);
    expect(total).toBeCloseTo(12);
  });

  it('keeps empty months as transparent sectors, so the months of both rings line up', () => {
    const sectors = wheelSectors([entry('Rapport', 10)]);
    expect(sectors).toHaveLength(12);
    expect(sectors.filter((sector) => sector.itemStyle.color === 'transparent')).toHaveLength(11);
    expect(sectors[9]!.itemStyle.color).toBe(KIND_COLOURS.board_report);
  });

  it('orders a month’s entries by date, the undated last', () => {
    const march = entriesByMonth([entry('Utan datum', 3), entry('Sen', 3, 'other', '2026-03-30'), entry('Tidig', 3, 'other', '2026-03-02')]).get(3)!;
    expect(march.map((e) => e.title)).toEqual(['Tidig', 'Sen', 'Utan datum']);
  });

  it('colours each kind differently and names in the legend only the kinds the year holds', () => {
    expect(new Set(Object.values(KIND_COLOURS)).size).toBe(Object.keys(KIND_COLOURS).length);
    expect(kindsIn([entry('A', 1, 'contract_end'), entry('B', 2, 'quarterly_compilation'), entry('C', 3, 'contract_end')])).toEqual(['quarterly_compilation', 'contract_end']);
  });

  it('shows the title and the day in the tooltip with the user’s text escaped', () => {
    const tooltip = wheelTooltip(entry('<img src=x onerror=alert(1)>', 10, 'board_report', '2026-10-15'), texts);
    expect(tooltip).not.toContain('<img');
    expect(tooltip).toContain('&#60;img');
    expect(tooltip).toContain('15 okt');
  });

  it('draws the twelve months in Swedish around the year, the current month marked', () => {
    use([PieChart, TitleComponent, TooltipComponent, SVGRenderer]);
    const chart = init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: 480, height: 480, locale: CHART_LOCALE });
    chart.setOption(wheelChartOption([entry('Rapport till nämnden', 10)], texts, colours, 10));
    const svg = chart.renderToSVGString();
    chart.dispose();
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    for (const month of SHORT) expect(labels).toContain(month);
    expect(labels).toContain('2026');
    expect(svg).toContain(KIND_COLOURS.board_report.toLowerCase().slice(1));
    expect(svg.toLowerCase()).toContain(colours.current.slice(1));
  });
});
