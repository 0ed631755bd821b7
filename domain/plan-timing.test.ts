import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTiming, timingIssues, timingSortKey, timingYears, type PlanTiming } from '@domain/plan-timing';

const period = { startYear: 2022, endYear: 2024 };
const year = fc.integer({ min: 2000, max: 2100 });

describe('when a plan item is done', () => {
  it('writes the five kinds of timing the seeds use', () => {
    expect(formatTiming({ kind: 'year', year: 2023 })).toBe('2023');
    expect(formatTiming({ kind: 'years', fromYear: 2022, toYear: 2024 })).toBe('2022–2024');
    expect(formatTiming({ kind: 'quarter', year: 2017, quarter: 3 })).toBe('Kv 3 2017');
    expect(formatTiming({ kind: 'ongoing' })).toBe('Löpande');
    expect(formatTiming({ kind: 'eventually' })).toBe('På sikt');
  });

  it('gives "löpande" every year of the plan and "på sikt" none', () => {
    expect(timingYears({ kind: 'ongoing' }, period)).toEqual([2022, 2023, 2024]);
    expect(timingYears({ kind: 'eventually' }, period)).toEqual([]);
    expect(timingYears({ kind: 'years', fromYear: 2023, toYear: 2024 }, period)).toEqual([2023, 2024]);
  });

  it('refuses a year outside the plan period, and accepts every year inside it', () => {
    fc.assert(
      fc.property(year, (y) => {
        const inside = y >= period.startYear && y <= period.endYear;
        expect(timingIssues({ kind: 'year', year: y }, period).length === 0).toBe(inside);
        expect(timingIssues({ kind: 'quarter', year: y, quarter: 2 }, period).length === 0).toBe(inside);
      }),
    );
  });

  it('refuses a span that runs backwards', () => {
    expect(timingIssues({ kind: 'years', fromYear: 2024, toYear: 2022 }, period)).toEqual([{ path: 'toYear', code: 'range_inverted' }]);
  });

  it('sorts dated items by time, then "löpande", then "på sikt"', () => {
    const timings: PlanTiming[] = [{ kind: 'eventually' }, { kind: 'ongoing' }, { kind: 'quarter', year: 2023, quarter: 2 }, { kind: 'year', year: 2023 }, { kind: 'years', fromYear: 2022, toYear: 2024 }];
    const sorted = [...timings].sort((a, b) => timingSortKey(a) - timingSortKey(b)).map(formatTiming);
    expect(sorted).toEqual(['2022–2024', '2023', 'Kv 2 2023', 'Löpande', 'På sikt']);
  });
});
