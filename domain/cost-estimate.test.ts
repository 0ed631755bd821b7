import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COST_RECURRENCES, costEstimateIssues, formatCostEstimate, yearlyCost, type CostEstimate } from '@domain/cost-estimate';

const kr = (n: number) => BigInt(n) * 100n;
const estimate = (over: Partial<CostEstimate>): CostEstimate => ({ low: null, high: null, recurrence: 'one_off', note: '', ...over });
const ore = fc.bigInt({ min: 0n, max: 10n ** 12n });

describe('cost estimates as seed 000 writes them', () => {
  it('writes an amount, a range, a unit price, an hourly fee and a note the way the plan does', () => {
    expect(formatCostEstimate(estimate({ low: kr(15000) }))).toBe('Ca 15\u00a0000\u00a0kr');
    expect(formatCostEstimate(estimate({ low: kr(40000), high: kr(60000) }))).toBe('40\u00a0000–60\u00a0000\u00a0kr');
    expect(formatCostEstimate(estimate({ low: kr(4000), recurrence: 'per_unit', note: 'plus månadskostnad' }))).toBe('Ca 4\u00a0000\u00a0kr/enhet, plus månadskostnad');
    expect(formatCostEstimate(estimate({ low: kr(1250), recurrence: 'per_hour', note: 'konsultarvode' }))).toBe('Ca 1\u00a0250\u00a0kr/h, konsultarvode');
    expect(formatCostEstimate(estimate({ note: 'tid, lönekostnad' }))).toBe('tid, lönekostnad');
    expect(formatCostEstimate(estimate({}))).toBe('');
  });

  it('refuses a range whose low is above its high, and only then', () => {
    fc.assert(
      fc.property(ore, ore, (low, high) => {
        const issues = costEstimateIssues(estimate({ low, high }));
        expect(issues.some((issue) => issue.code === 'range_inverted')).toBe(low > high);
      }),
    );
  });

  it('refuses a high without a low and negative amounts', () => {
    expect(costEstimateIssues(estimate({ high: kr(5) }))).toEqual([{ path: 'high', code: 'high_without_low' }]);
    expect(costEstimateIssues(estimate({ low: -1n }))).toEqual([{ path: 'low', code: 'negative' }]);
  });

  it('puts a one-off cost in the first year only, a yearly one in every year and a monthly one twelve times', () => {
    fc.assert(
      fc.property(ore, ore, fc.boolean(), (a, b, first) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(yearlyCost(estimate({ low, high, recurrence: 'one_off' }), first)).toEqual(first ? [low, high] : [0n, 0n]);
        expect(yearlyCost(estimate({ low, high, recurrence: 'per_year' }), first)).toEqual([low, high]);
        expect(yearlyCost(estimate({ low, high, recurrence: 'per_month' }), first)).toEqual([low * 12n, high * 12n]);
      }),
    );
  });

  it('cannot tell a yearly cost from a unit price, an hourly fee or a note alone', () => {
    for (const recurrence of COST_RECURRENCES) expect(yearlyCost(estimate({ recurrence }), true)).toBeNull();
    expect(yearlyCost(estimate({ low: kr(4000), recurrence: 'per_unit' }), true)).toBeNull();
    expect(yearlyCost(estimate({ low: kr(1250), recurrence: 'per_hour' }), true)).toBeNull();
  });
});
