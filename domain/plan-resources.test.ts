import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CostEstimate } from '@domain/cost-estimate';
import { itemYears, sumResources, type ResourceItem } from '@domain/plan-resources';

const period = { startYear: 2022, endYear: 2024 };
const kr = (n: number) => BigInt(n) * 100n;
const cost = (over: Partial<CostEstimate>): CostEstimate => ({ low: null, high: null, recurrence: 'one_off', note: '', ...over });
const item = (over: Partial<ResourceItem>): ResourceItem => ({ focusAreaIds: [], timing: { kind: 'ongoing' }, cost: cost({}), calculationCostByYear: null, staffHoursByYear: {}, ...over });

describe('resources per year', () => {
  it('takes money from the nyttokalkyl when the initiative has one, never from the estimate as well', () => {
    const years = itemYears(item({ cost: cost({ low: kr(999), recurrence: 'per_year' }), calculationCostByYear: new Map([[2023, kr(50_000)]]) }), period);
    expect(years.map((y) => [y.year, y.low, y.source])).toEqual([
      [2022, 0n, 'calculation'],
      [2023, kr(50_000), 'calculation'],
      [2024, 0n, 'calculation'],
    ]);
  });

  it('puts a one-off estimate in the first year and a monthly cost in every year', () => {
    const oneOff = itemYears(item({ timing: { kind: 'years', fromYear: 2023, toYear: 2024 }, cost: cost({ low: kr(39_500) }) }), period);
    expect(oneOff.map((y) => y.low)).toEqual([kr(39_500), 0n]);
    const monthly = itemYears(item({ timing: { kind: 'year', year: 2023 }, cost: cost({ low: kr(6000), recurrence: 'per_month' }) }), period);
    expect(monthly.map((y) => y.low)).toEqual([kr(72_000)]);
  });

  it('counts items whose money cannot be told, so the plan says so instead of showing 0 kr', () => {
    const sums = sumResources([item({ timing: { kind: 'year', year: 2024 }, cost: cost({ low: kr(4000), recurrence: 'per_unit' }) })], period);
    expect(sums.years.map((y) => y.itemsWithoutAmount)).toEqual([0, 0, 1]);
  });

  it('sums every year to the plan total, and each focus area to at least its share', () => {
    const arbitraryItem = fc.record({
      focusAreaIds: fc.subarray(['a', 'b', 'c']),
      timing: fc.oneof(
        fc.constant({ kind: 'ongoing' as const }),
        fc.constant({ kind: 'eventually' as const }),
        fc.integer({ min: 2022, max: 2024 }).map((year) => ({ kind: 'year' as const, year })),
      ),
      cost: fc.record({ low: fc.bigInt({ min: 0n, max: 10n ** 9n }), recurrence: fc.constantFrom('one_off' as const, 'per_year' as const, 'per_month' as const) }).map((c) => cost(c)),
      calculationCostByYear: fc.constant(null),
      staffHoursByYear: fc.record({ '2022': fc.nat(2000), '2023': fc.nat(2000) }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 20 }), (items) => {
        const sums = sumResources(items, period);
        expect(sums.total.low).toBe(sums.years.reduce((s, y) => s + y.low, 0n));
        expect(sums.total.staffHours).toBe(sums.years.reduce((s, y) => s + y.staffHours, 0));
        const perItem = items.flatMap((i) => itemYears(i, period)).reduce((s, y) => s + y.high, 0n);
        expect(sums.total.high).toBe(perItem);
        const areaTotal = sums.byFocusArea.reduce((s, area) => s + area.total.low, 0n);
        expect(areaTotal >= sums.total.low).toBe(true);
      }),
    );
  });
});
