import { describe, expect, it } from 'vitest';
import type { TBenefit, TMeasurement } from '@domain/benefits.contracts';
import { benefitChartOption } from '@web/features/benefits/benefit-chart-option';
import { renderChartSvg, svgTexts } from '@web/ui/charts/render-chart-svg';

const person = { id: '00000000-0000-4000-8000-000000000001', name: 'Testperson' };
const benefit = {
  id: '00000000-0000-4000-8000-000000000002',
  initiativeId: '00000000-0000-4000-8000-000000000003',
  description: 'Färre resor',
  kind: 'quantitative',
  indicator: 'Resor per månad',
  unit: 'count',
  baselineValue: '1200',
  baselineDate: '2026-01-15',
  targetValue: '2500.5',
  targetDate: '2026-12-15',
  owner: person,
} as unknown as TBenefit;
const measurement = (measuredOn: string, value: string): TMeasurement => ({ id: measuredOn, benefitId: benefit.id, measuredOn, value, comment: '', recordedBy: person, createdAt: measuredOn });
const texts = { value: 'Resor per månad', baseline: 'Nuläge', target: 'Mål' };
const colours = { line: '#0062ba', target: '#068718', text: '#1e2b3c' };

describe('the benefit chart', () => {
  const option = benefitChartOption(benefit, [measurement('2026-06-15', '1500'), measurement('2026-03-15', '1350')], texts, colours);
  const labels = svgTexts(renderChartSvg(option));

  it('draws the target as a labelled line even when every measurement is far below it', () => {
    expect(labels).toContain('Mål: 2 500,5');
    const axis = option.yAxis as { min: number; max: number };
    expect(axis.max).toBeGreaterThanOrEqual(2500.5);
    expect(axis.min).toBeLessThanOrEqual(1200);
  });

  it('runs the time axis to the target date, with Swedish months and numbers', () => {
    expect((option.xAxis as { max: string }).max).toBe('2026-12-15');
    expect(labels.some((label) => /^(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)$/.test(label))).toBe(true);
    expect(labels).toContain('2 000');
    expect(labels.filter((label) => /^[A-Z][a-z]{2}$/.test(label))).toEqual([]);
  });

  it('starts with the baseline and draws the measurements in date order', () => {
    const series = option.series as { data: [string, number][] }[];
    expect(series[0]!.data.map((point) => point[0])).toEqual(['2026-01-15', '2026-03-15', '2026-06-15']);
  });

  it('leaves out the target line for a benefit without a target', () => {
    const none = benefitChartOption({ ...benefit, targetValue: null, targetDate: null }, [measurement('2026-03-15', '1350')], texts, colours);
    expect(svgTexts(renderChartSvg(none)).some((label) => label.startsWith('Mål'))).toBe(false);
  });
});
