import type { TBenefitInput } from '@domain/benefits.contracts';

/** A quantitative benefit "fewer visits" owned by `ownerId`, as the plan form sends it. */
export const fewerVisits = (ownerId: string): TBenefitInput => ({
  description: 'Färre fysiska nattbesök',
  level: 'organisation',
  beneficiaries: ['organisation', 'clients'],
  kind: 'quantitative',
  indicator: 'Antal nattbesök per månad',
  unit: 'count',
  baselineValue: '1 200',
  baselineDate: '2025-01-01',
  targetValue: '800',
  targetDate: '2026-12-31',
  direction: 'lower_is_better',
  method: 'statistics',
  frequency: 'quarterly',
  ownerId,
});
