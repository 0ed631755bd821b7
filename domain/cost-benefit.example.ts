import type { CalculationInput } from '@domain/cost-benefit';

const MSEK = 100_000_000n; // one million kronor in öre

/**
 * Seed 003: Västerås' e-hemtjänst – about 5,3 MSEK to introduce in 2013 (staff training among
 * other things), 3,8 MSEK in 2014, while the costs of home care fell by 6,5–15,5 MSEK a year. Used
 * by the unit test that checks the calculation against the seed and by the demo data.
 */
export const vasterasCalculation: CalculationInput = {
  startYear: 2013,
  years: 3,
  discountRateBp: 300,
  costs: [
    { kind: 'investment', label: 'Införande och personalutbildning', fromYear: 2013, toYear: 2013, quantity: 1, unitAmount: (53n * MSEK) / 10n },
    { kind: 'running_yearly', label: 'Drift och fortsatt införande', fromYear: 2014, toYear: 2015, quantity: 1, unitAmount: (38n * MSEK) / 10n },
  ],
  benefits: [
    {
      kind: 'avoided_cost',
      label: 'Minskade kostnader i hemtjänsten',
      fromYear: 2014,
      toYear: 2015,
      low: { quantity: 1, unitAmount: (65n * MSEK) / 10n },
      high: { quantity: 1, unitAmount: (155n * MSEK) / 10n },
    },
  ],
};
