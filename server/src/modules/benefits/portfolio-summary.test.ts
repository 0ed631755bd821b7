import { describe, expect, it } from 'vitest';
import type { ParsedCalculation } from '@domain/cost-benefit.contracts';
import { summarisePortfolio } from '@server/modules/benefits/portfolio-summary';

const area = { id: '0193a5a0-0000-7000-8000-000000000001', name: 'Effektivitet' };
const calc = (cost: bigint, low: bigint, outcome: ParsedCalculation['outcome']): ParsedCalculation => ({
  startYear: 2025,
  years: 2,
  discountRateBp: 0,
  costs: [{ kind: 'running_yearly', label: 'Drift', fromYear: 2025, toYear: 2026, quantity: 1, unitAmount: cost }],
  benefits: [{ kind: 'avoided_cost', label: 'Besparing', fromYear: 2025, toYear: 2026, low: { quantity: 1, unitAmount: low }, high: { quantity: 1, unitAmount: low * 2n } }],
  outcome,
});

describe('the portfolio benefit view', () => {
  const input = {
    initiatives: [
      { id: 'a', title: 'Små avvikelser', stage: 4, focusAreas: [area] },
      { id: 'b', title: 'Stort gap', stage: 5, focusAreas: [area] },
      { id: 'c', title: 'Utan kalkyl', stage: 1, focusAreas: [] },
    ],
    calculations: new Map([
      ['a', calc(100n, 300n, [{ year: 2025, cost: 100n, benefit: 290n }])],
      ['b', calc(100n, 300n, [{ year: 2025, cost: 150n, benefit: 50n }])],
    ]),
    statuses: new Map([['a', ['realised' as const, 'at_risk' as const]]]),
    dueCounts: new Map([['b', 2]]),
  };

  it('puts the initiative that falls furthest short of its plan first', () => {
    const { rows } = summarisePortfolio(input, {});
    expect(rows.map((r) => [r.title, r.gap])).toEqual([
      ['Stort gap', '300'],
      ['Små avvikelser', '10'],
      ['Utan kalkyl', '0'],
    ]);
    expect(rows[1]).toMatchObject({ benefitCount: 2, realisedCount: 1, atRiskCount: 1, plannedCost: '200', plannedBenefitLow: '600', plannedBenefitHigh: '1200', actualCost: '100', actualBenefit: '290' });
    expect(rows[0]!.dueCount).toBe(2);
  });

  it('sums planned and realised amounts per focus area and year, and filters by year and focus area', () => {
    const { groups, years } = summarisePortfolio(input, {});
    expect(years).toEqual([2025, 2026]);
    expect(groups).toEqual([
      { focusAreaName: 'Effektivitet', year: 2025, plannedCost: '200', plannedBenefitLow: '600', plannedBenefitHigh: '1200', actualCost: '250', actualBenefit: '340' },
      { focusAreaName: 'Effektivitet', year: 2026, plannedCost: '200', plannedBenefitLow: '600', plannedBenefitHigh: '1200', actualCost: '0', actualBenefit: '0' },
    ]);
    expect(summarisePortfolio(input, { year: 2026 }).rows.find((r) => r.title === 'Stort gap')).toMatchObject({ plannedCost: '100', gap: '0' });
    expect(summarisePortfolio(input, { focusAreaId: area.id }).rows.map((r) => r.title)).not.toContain('Utan kalkyl');
  });
});
