import { describe, expect, it } from 'vitest';
import type { TCalculation } from '@domain/cost-benefit.contracts';
import { calculationChartOption, cumulativeRows } from '@web/features/benefits/calculation-chart-option';
import { renderChartSvg, svgTexts } from '@web/ui/charts/render-chart-svg';

const year = (y: number, cumulativeNet: number) => ({ year: y, cost: '0', benefit: '0', net: '0', cumulativeNet: String(cumulativeNet * 100) });
const scenario = (cumulative: number[], paybackYear: number | null) => ({ years: cumulative.map((c, i) => year(2026 + i, c)), paybackYear });
const calc = (low: ReturnType<typeof scenario>, high: ReturnType<typeof scenario>) => ({ discountRateBp: 300, result: { low, high } }) as unknown as TCalculation;
const texts = { low: 'Lågt scenario', high: 'Högt scenario', payback: 'Återbetalt', kronor: 'kr' };
const colours = { text: '#111', muted: '#444', series: ['#0062ba', '#068718'], target: '#068718' };

describe('the nyttokalkyl chart', () => {
  it('marks the payback year of each scenario and writes amounts the Swedish way', () => {
    const labels = svgTexts(renderChartSvg(calculationChartOption(calc(scenario([-1_500_000, -400_000, 300_000, 900_000], 2028), scenario([-1_000_000, 200_000, 1_400_000, 2_600_000], 2027)), texts, colours)));
    expect(labels).toContain('Återbetalt 2028');
    expect(labels).toContain('Återbetalt 2027');
    expect(labels.some((label) => /^−?\d,\d mn$/.test(label) || /^−?\d{1,3}( \d{3})+$/.test(label))).toBe(true);
    expect(labels.filter((label) => /\d,\d{3}/.test(label))).toEqual([]);
    expect(labels).toEqual(expect.arrayContaining(['2026', '2029', 'Lågt scenario', 'Högt scenario']));
  });

  it('marks nothing when a scenario never pays back, and a shared payback year once', () => {
    const never = svgTexts(renderChartSvg(calculationChartOption(calc(scenario([-100, -50], null), scenario([-80, -10], null)), texts, colours)));
    expect(never.filter((label) => label.startsWith('Återbetalt'))).toEqual([]);
    const same = svgTexts(renderChartSvg(calculationChartOption(calc(scenario([-100, 50], 2027), scenario([-80, 90], 2027)), texts, colours)));
    expect(same.filter((label) => label.startsWith('Återbetalt'))).toEqual(['Återbetalt 2027']);
  });

  it('gives the data table the same years and cumulative amounts as the chart', () => {
    expect(cumulativeRows(calc(scenario([-100, 50], 2027), scenario([-80, 90], 2027)))).toEqual([
      { year: 2026, low: '-10000', high: '-8000' },
      { year: 2027, low: '5000', high: '9000' },
    ]);
  });
});
