import { describe, expect, it } from 'vitest';
import { portfolioYears } from '@web/features/benefits/portfolio-years';

const group = (focusAreaName: string, year: number, low: number, high: number, actual: number) => ({
  focusAreaName,
  year,
  plannedCost: '0',
  plannedBenefitLow: String(low),
  plannedBenefitHigh: String(high),
  actualCost: '0',
  actualBenefit: String(actual),
});

describe('planned vs realised benefit across the portfolio', () => {
  it('adds up every focus area per year, years in order, exact to the öre', () => {
    const years = portfolioYears([group('Trygghet', 2027, 100, 300, 50), group('Effektivitet', 2026, 1, 2, 3), group('Effektivitet', 2027, 999, 1001, 7)]);
    expect(years).toEqual([
      { year: 2026, plannedLow: '1', plannedHigh: '2', actual: '3' },
      { year: 2027, plannedLow: '1099', plannedHigh: '1301', actual: '57' },
    ]);
  });

  it('has no years for an empty portfolio', () => {
    expect(portfolioYears([])).toEqual([]);
  });
});
